import { fr } from '../../../i18n/fr';
import { formatDate, formatMoney } from '../../../lib/format';

/** An invoice event as invoiceTimeline.events gives it: `details` is JSON. */
export interface HistoryEvent {
  id: string;
  kind: string;
  actor: string;
  details: string;
  occurredAt: string;
}

/** A message as the history needs it. */
export interface HistoryMessage {
  id: string;
  scheduledAt: string;
  sentAt: string | null;
}

export type EventTone = 'info' | 'ok' | 'warn' | 'late';

/** An event in French: one line saying what happened, who did it, then its facts (a reason, a note, the instalments). */
export interface DescribedEvent {
  title: string;
  by: string;
  lines: string[];
  tone: EventTone;
}

/** One entry of the invoice's history, in time order. */
export type HistoryEntry<M extends HistoryMessage> = { type: 'message'; at: string; message: M; runIndex: number } | { type: 'event'; at: string; event: HistoryEvent };

type Details = Record<string, unknown>;

function parseDetails(json: string): Details {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Details) : {};
  } catch {
    return {};
  }
}

const text = (details: Details, key: string): string | null => {
  const value = details[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};
const count = (details: Details, key: string): number => {
  const value = details[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};
const date = (details: Details, key: string): string => formatDate(text(details, key) ?? '');

/**
 * What an invoice event means for the creditor reading its invoice page, in French (texts in
 * fr.invoicePages.events). Amounts are in the invoice's currency; a kind this version does not know
 * is still shown, by its code, rather than hidden.
 */
export function describeEvent(event: HistoryEvent, currency: string): DescribedEvent {
  const t = fr.invoicePages.events;
  const details = parseDetails(event.details);
  const money = (key: string) => formatMoney(count(details, key), currency);
  const reason = text(details, 'reason');
  const withReason = reason ? [t.reason(reason)] : [];
  const by = t.by(t.actor[event.actor] ?? event.actor);
  const described = (title: string, tone: EventTone, lines: string[] = []): DescribedEvent => ({ title, by, lines, tone });
  switch (event.kind) {
    case 'DUE_DATE_CHANGED':
      return described(t.dueDateChanged(date(details, 'from'), date(details, 'to')), 'info');
    case 'REMINDERS_RESUMED':
      return described(t.remindersResumed, 'info');
    case 'DISPUTE_OPENED':
      return described(t.disputeOpened, 'warn', withReason);
    case 'DISPUTE_UPHELD':
      return described(t.disputeUpheld, 'late', withReason);
    case 'DISPUTE_REJECTED':
      return described(t.disputeRejected, 'ok', withReason);
    case 'DISPUTE_WITHDRAWN':
      return described(t.disputeWithdrawn, 'info', withReason);
    case 'PAYMENT_DECLARED': {
      const note = text(details, 'note');
      return described(t.paymentDeclared(date(details, 'paidOn')), 'warn', note ? [t.note(note)] : []);
    }
    case 'DECLARED_PAYMENT_CONFIRMED':
      return described(t.declaredPaymentConfirmed(date(details, 'paidOn')), 'ok', withReason);
    case 'DECLARED_PAYMENT_REJECTED':
      return described(t.declaredPaymentRejected, 'late', withReason);
    case 'PAYMENT_PLAN_PROPOSED': {
      const instalments = Array.isArray(details.instalments) ? (details.instalments as unknown[]).map((item) => (item && typeof item === 'object' ? (item as Details) : {})) : [];
      return described(
        t.planProposed(instalments.length),
        'warn',
        instalments.map((instalment) => t.instalment(formatMoney(count(instalment, 'amountCents'), currency), date(instalment, 'dueDate'))),
      );
    }
    case 'PAYMENT_PLAN_ACCEPTED':
      return described(t.planAccepted(count(details, 'instalments')), 'ok', withReason);
    case 'PAYMENT_PLAN_DECLINED':
      return described(t.planDeclined, 'late', withReason);
    case 'PAYMENT_PLAN_RUN_STARTED':
      return described(t.planRunStarted(count(details, 'messages')), 'info');
    case 'INSTALMENT_PAID':
      return described(t.instalmentPaid(count(details, 'number'), count(details, 'count'), date(details, 'paidOn')), 'ok', [t.instalmentDue(money('amountCents'), date(details, 'dueDate')), ...withReason]);
    case 'INSTALMENT_MISSED':
      return described(t.instalmentMissed(count(details, 'number'), count(details, 'count')), 'warn', [t.missedDetail(money('amountCents'), date(details, 'dueDate'), count(details, 'graceDays'))]);
    case 'PAYMENT_PLAN_ENDED':
      return described(t.planEnded(text(details, 'resumedRunId') !== null), 'late', withReason);
    default:
      return described(t.other(event.kind), 'info', withReason);
  }
}

/**
 * The invoice's messages (of every run) and events in one list, oldest first: a message at the time
 * it left, else the time it is (or was) planned for; an event at the time it happened. At the same
 * instant an event comes first (a decision precedes the messages it plans), and the order given is
 * kept otherwise. `runIndex`: which of `runs` the message belongs to.
 */
export function historyEntries<M extends HistoryMessage>(runs: readonly { messages: readonly M[] }[], events: readonly HistoryEvent[]): HistoryEntry<M>[] {
  const entries: HistoryEntry<M>[] = [
    ...events.map((event) => ({ type: 'event' as const, at: event.occurredAt, event })),
    ...runs.flatMap((run, runIndex) => run.messages.map((message) => ({ type: 'message' as const, at: message.sentAt ?? message.scheduledAt, message, runIndex }))),
  ];
  const time = (entry: HistoryEntry<M>) => new Date(entry.at).getTime();
  // Array.prototype.sort is stable: equal keys keep the order above (events first, then runs' messages in their order).
  return entries.sort((a, b) => time(a) - time(b) || (a.type === b.type ? 0 : a.type === 'event' ? -1 : 1));
}
