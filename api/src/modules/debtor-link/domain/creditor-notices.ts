import { formatEuros, formatFrenchDate } from '../../reminders/domain/french-format.js';
import { Instalment } from './payment-plan.js';

/** The invoice as a notice to its creditor names it. */
export interface NoticeInvoice {
  number: string;
  amountCents: number;
  currency: string;
  debtorName: string;
}

export interface NoticeText {
  subject: string;
  body: string;
}

/** The creditor's page listing what debtors asked: every notice below sends its reader there. */
export function requestsPageUrl(publicWebUrl: string): string {
  return `${publicWebUrl}/espace/demandes`;
}

const signature = '\n\nBonpayeur';

/** "I have paid" on the debtor's page: reminders are paused until a member answers. */
export function paymentDeclaredNotice(invoice: NoticeInvoice, declaration: { paidOn: string; note: string | null }, requestsUrl: string): NoticeText {
  const note = declaration.note ? `\nSon message : « ${declaration.note} »` : '';
  return {
    subject: `Paiement déclaré – facture ${invoice.number} (${invoice.debtorName})`,
    body:
      `Bonjour,\n\n${invoice.debtorName} déclare avoir payé le ${formatFrenchDate(declaration.paidOn)} la facture ${invoice.number} de ${formatEuros(invoice.amountCents, invoice.currency)}.${note}\n\n` +
      `Les relances de cette facture sont en pause jusqu'à votre réponse. Vérifiez vos encaissements, puis confirmez le paiement (la facture sera payée à cette date) ou indiquez qu'il n'a pas été reçu (les relances reprennent) :\n${requestsUrl}` +
      signature,
  };
}

/** A proposed payment plan: reminders are paused until a member accepts or declines it. */
export function planProposedNotice(invoice: NoticeInvoice, instalments: readonly Instalment[], requestsUrl: string): NoticeText {
  const lines = instalments.map((instalment, index) => `- échéance ${index + 1} : ${formatEuros(instalment.amountCents, invoice.currency)} le ${formatFrenchDate(instalment.dueDate)}`).join('\n');
  return {
    subject: `Échéancier proposé – facture ${invoice.number} (${invoice.debtorName})`,
    body:
      `Bonjour,\n\n${invoice.debtorName} propose de régler la facture ${invoice.number} de ${formatEuros(invoice.amountCents, invoice.currency)} en ${instalments.length} fois :\n${lines}\n\n` +
      `Les relances de cette facture sont en pause jusqu'à votre réponse. Acceptez l'échéancier (un rappel part à chaque échéance à la place du scénario) ou refusez-le (les relances reprennent) :\n${requestsUrl}` +
      signature,
  };
}

/** An instalment of an accepted plan that the creditor has not confirmed once the grace days passed. */
export function instalmentMissedNotice(invoice: NoticeInvoice, instalment: { number: number; count: number; dueDate: string; amountCents: number }, requestsUrl: string): NoticeText {
  const what = `l'échéance ${instalment.number}/${instalment.count} de ${formatEuros(instalment.amountCents, invoice.currency)} prévue le ${formatFrenchDate(instalment.dueDate)}`;
  return {
    subject: `Échéance manquée – facture ${invoice.number} (${invoice.debtorName})`,
    body:
      `Bonjour,\n\nVous n'avez pas confirmé avoir reçu ${what} par ${invoice.debtorName}, pour la facture ${invoice.number} dont vous avez accepté l'échéancier.\n\n` +
      `Prochaine étape, dans vos demandes :\n${requestsUrl}\n` +
      `- si vous avez reçu ce paiement, confirmez l'échéance avec sa date ;\n` +
      `- sinon, mettez fin à l'échéancier : ses rappels s'arrêtent et le scénario de relance qu'il avait remplacé reprend (ses étapes encore à venir). Vous pouvez aussi relancer la facture avec un autre scénario.\n\n` +
      `D'ici votre décision, rien ne change : les rappels des échéances suivantes partent comme prévu, et cet e-mail ne sera pas renvoyé pour cette échéance.` +
      signature,
  };
}
