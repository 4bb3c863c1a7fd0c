import { formatEuros } from '../../reminders/domain/french-format.js';
import { DisputeOpenedVia } from './dispute-rules.js';

/**
 * What the creditor's members read when a debtor disputes one of their invoices: the reason, the
 * effect on reminders, what happens next and where to see the invoice.
 */
export function disputeOpenedNotice(
  invoice: { number: string; amountCents: number; currency: string; debtorName: string },
  dispute: { reason: string; via: DisputeOpenedVia },
  invoiceUrl: string,
): { subject: string; body: string } {
  const where = dispute.via === 'DEBTOR_LINK' ? 'depuis la page de la facture reçue dans vos relances' : 'depuis son espace Bonpayeur';
  return {
    subject: `Facture contestée – ${invoice.number} (${invoice.debtorName})`,
    body:
      `Bonjour,\n\n${invoice.debtorName} conteste ${where} la facture ${invoice.number} de ${formatEuros(invoice.amountCents, invoice.currency)}.\n` +
      `Son motif : « ${dispute.reason} »\n\n` +
      `La facture est marquée contestée et ses relances sont en pause. La modération de Bonpayeur examine la contestation : si elle est rejetée, vous pourrez reprendre les relances ; si elle est fondée, la facture n'a plus d'effet sur le score du client. Vous pouvez aussi la régler directement avec votre client.\n\n` +
      `La facture : ${invoiceUrl}\n\nBonpayeur`,
  };
}
