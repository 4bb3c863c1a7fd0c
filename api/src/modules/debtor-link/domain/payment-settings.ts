export interface PaymentSettings {
  paymentUrl: string | null;
  paymentInstructions: string | null;
}

export const PAYMENT_URL_MAX = 500;
export const PAYMENT_INSTRUCTIONS_MAX = 1_000;

/** Empty means "none"; a URL must be https (it is shown to debtors as a payment page). */
export function checkPaymentSettings(draft: { paymentUrl?: string | null; paymentInstructions?: string | null }): { ok: true; settings: PaymentSettings } | { ok: false; field: string; message: string } {
  const paymentUrl = draft.paymentUrl?.trim() || null;
  const paymentInstructions = draft.paymentInstructions?.trim() || null;
  if (paymentUrl) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(paymentUrl);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.protocol !== 'https:' || paymentUrl.length > PAYMENT_URL_MAX || !paymentUrl.startsWith('https://')) {
      return { ok: false, field: 'paymentUrl', message: 'Le lien de paiement doit être une adresse https:// de 500 caractères au plus.' };
    }
  }
  if (paymentInstructions && paymentInstructions.length > PAYMENT_INSTRUCTIONS_MAX) {
    return { ok: false, field: 'paymentInstructions', message: 'Les instructions de paiement font 1 000 caractères au plus.' };
  }
  return { ok: true, settings: { paymentUrl, paymentInstructions } };
}
