import { addDays, parseIsoDate } from '../../invoices/domain/calendar-date.js';
import { formatEuros, formatFrenchDate } from '../../reminders/domain/french-format.js';
import { Channel } from '../../reminders/domain/scenario.js';
import { PlannedMessage } from '../../reminders/domain/plan-run.js';
import { scheduleStep } from '../../reminders/domain/schedule.js';

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
 * What replaces the scenario once a plan is accepted: one GOOD message per instalment, on its date at
 * the creditor's send hour, by e-mail (by SMS when the contact has no e-mail). The instalment's own
 * figures are written into the template; the rest are ordinary variables rendered at send time.
 */
export function instalmentMessages(instalments: readonly Instalment[], contact: { email: string | null; phone: string | null }, now: Date, sendHour?: number): PlannedMessage[] {
  const channel: Channel | null = contact.email ? 'EMAIL' : contact.phone ? 'SMS' : null;
  if (!channel) return [];
  return instalments.flatMap((instalment, index) => {
    const timing = scheduleStep({ dueDate: instalment.dueDate, offsetDays: 0, channel, now, ...(sendHour !== undefined ? { sendHour } : {}) });
    if (timing.kind === 'SKIPPED') return [];
    const label = `échéance ${index + 1}/${instalments.length} de ${formatEuros(instalment.amountCents)} (${formatFrenchDate(instalment.dueDate)})`;
    return [
      {
        stepIndex: index,
        channel,
        tone: 'GOOD' as const,
        toAddress: channel === 'EMAIL' ? contact.email! : contact.phone!,
        templateSubject: `Facture {{invoiceNumber}} : ${label}`,
        templateBody:
          channel === 'EMAIL'
            ? `Bonjour,\n\nComme convenu avec {{creditorName}}, l'${label} de la facture {{invoiceNumber}} est à régler aujourd'hui.\nPayer à la date prévue préserve votre score Bonpayeur : {{paymentLink}}\n\n{{legalFooter}}`
            : `{{creditorName}} : ${label} de la facture {{invoiceNumber}} a regler aujourd'hui. {{paymentLink}}`,
        deadlineDays: null,
        scheduledAt: timing.at,
        status: 'SCHEDULED' as const,
        skipReason: null,
      },
    ];
  });
}
