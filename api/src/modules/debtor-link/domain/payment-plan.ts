import { addDays, parseIsoDate } from '../../invoices/domain/calendar-date.js';
import { formatEuros, formatFrenchDate } from '../../reminders/domain/french-format.js';
import { Channel, ScenarioStep } from '../../reminders/domain/scenario.js';

export interface Instalment {
  dueDate: string;
  amountCents: number;
}

export const MIN_INSTALMENTS = 2;
export const MAX_INSTALMENTS = 12;
/** A plan spreads a debt, it does not bury it: the last instalment falls within a year. */
export const MAX_PLAN_DAYS = 365;

export type PlanCheck = { ok: true; instalments: Instalment[] } | { ok: false; field: string; message: string };

/**
 * A proposed plan: 2 to 12 instalments, each a real date from today on, in strictly increasing
 * order, within a year, each a positive whole number of cents, summing exactly to the amount due.
 */
export function checkPaymentPlan(drafts: readonly { dueDate: string; amountCents: number }[], invoice: { amountCents: number; today: string }): PlanCheck {
  if (drafts.length < MIN_INSTALMENTS || drafts.length > MAX_INSTALMENTS) {
    return { ok: false, field: 'instalments', message: `Un échéancier compte de ${MIN_INSTALMENTS} à ${MAX_INSTALMENTS} échéances.` };
  }
  const instalments: Instalment[] = [];
  let previous: string | null = null;
  for (const [index, draft] of drafts.entries()) {
    const field = `instalments.${index}`;
    const dueDate = parseIsoDate(draft.dueDate);
    if (!dueDate) return { ok: false, field: `${field}.dueDate`, message: `Échéance ${index + 1} : date invalide (AAAA-MM-JJ).` };
    if (dueDate < invoice.today) return { ok: false, field: `${field}.dueDate`, message: `Échéance ${index + 1} : la date est déjà passée.` };
    if (previous !== null && dueDate <= previous) return { ok: false, field: `${field}.dueDate`, message: `Échéance ${index + 1} : les dates doivent se suivre, une par jour au plus.` };
    if (dueDate > addDays(invoice.today, MAX_PLAN_DAYS)) return { ok: false, field: `${field}.dueDate`, message: `Échéance ${index + 1} : au plus un an à compter d'aujourd'hui.` };
    if (!Number.isSafeInteger(draft.amountCents) || draft.amountCents <= 0) return { ok: false, field: `${field}.amountCents`, message: `Échéance ${index + 1} : montant invalide.` };
    instalments.push({ dueDate, amountCents: draft.amountCents });
    previous = dueDate;
  }
  const total = instalments.reduce((sum, instalment) => sum + instalment.amountCents, 0);
  if (total !== invoice.amountCents) {
    return { ok: false, field: 'instalments', message: `Les échéances totalisent ${formatEuros(total)} au lieu de ${formatEuros(invoice.amountCents)}.` };
  }
  return { ok: true, instalments };
}

/**
 * What replaces the scenario once a plan is accepted: the steps of the plan's run, one GOOD message
 * per instalment on its own date (ScenarioStep.onDate: a new due date does not move it), by e-mail
 * (by SMS when the contact has no e-mail); none without any address. Being the run's steps, they are
 * planned like any run's (at the creditor's send hour), and planned again after a pause. The
 * instalment's own figures are written into the template; the rest are ordinary variables rendered
 * at send time.
 */
export function instalmentSteps(instalments: readonly Instalment[], contact: { email: string | null; phone: string | null }, currency = 'EUR'): ScenarioStep[] {
  const channel: Channel | null = contact.email ? 'EMAIL' : contact.phone ? 'SMS' : null;
  if (!channel) return [];
  return instalments.map((instalment, index) => {
    const label = `échéance ${index + 1}/${instalments.length} de ${formatEuros(instalment.amountCents, currency)} (${formatFrenchDate(instalment.dueDate)})`;
    return {
      offsetDays: 0,
      onDate: instalment.dueDate,
      channel,
      tone: 'GOOD' as const,
      subject: `Facture {{invoiceNumber}} : ${label}`,
      body:
        channel === 'EMAIL'
          ? `Bonjour,\n\nComme convenu avec {{creditorName}}, l'${label} de la facture {{invoiceNumber}} est à régler aujourd'hui.\nPayer à la date prévue préserve votre score Bonpayeur : {{paymentLink}}\n\n{{legalFooter}}`
          : `{{creditorName}} : ${label} de la facture {{invoiceNumber}} a regler aujourd'hui. {{paymentLink}}`,
      deadlineDays: null,
      requiresApproval: false,
    };
  });
}
