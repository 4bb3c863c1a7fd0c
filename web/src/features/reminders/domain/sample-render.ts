/**
 * Renders a template with example values, for the editor's live preview. The real message is
 * rendered by the API from the invoice; these values only show where each variable lands.
 */
const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface SampleContext {
  creditorName: string;
  offsetDays: number;
  deadlineDays: number | null;
}

const DUE = new Date(Date.UTC(2026, 2, 31));
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export function sampleValues(context: SampleContext): Record<string, string> {
  const sendDate = plusDays(DUE, context.offsetDays);
  return {
    clientName: 'Boulangerie Martin',
    creditorName: context.creditorName,
    invoiceNumber: 'F-2026-042',
    amount: '1 250,00 €',
    dueDate: dateFormat.format(DUE),
    daysLate: String(Math.max(0, context.offsetDays)),
    latePenalties: context.offsetDays > 0 ? '4,79 €' : '0,00 €',
    fixedIndemnity: '40,00 €',
    paymentLink: 'https://bonpayeur.fr/payer/exemple',
    legalFooter: `Conformément à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités. Message envoyé via Bonpayeur pour le compte de ${context.creditorName}.`,
    deadlineDate: dateFormat.format(plusDays(sendDate, context.deadlineDays ?? 0)),
  };
}

/** Unknown names stay visible as written, so a typo shows in the preview (the API refuses it on save). */
export function renderSample(template: string, context: SampleContext): string {
  const values = sampleValues(context);
  return template.replace(VARIABLE, (whole, name: string) => values[name] ?? whole);
}

/** Inserts `{{name}}` at the caret (or replaces the selection); returns the new text and caret. */
export function insertVariable(text: string, name: string, selectionStart: number, selectionEnd: number): { text: string; caret: number } {
  const token = `{{${name}}}`;
  return { text: text.slice(0, selectionStart) + token + text.slice(selectionEnd), caret: selectionStart + token.length };
}
