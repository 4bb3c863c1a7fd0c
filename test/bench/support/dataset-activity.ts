/**
 * Creditors' activity in the bench data set: invoices with payment histories, the score events they
 * imply (as the recorder writes them), reminder runs and their sent messages, and the materialised
 * scores the public reads (computed with the real engine). Deterministic for a given seed.
 *
 * Shape: `creditors` companies (rows 0..creditors-1) invoice `debtors` companies (the next rows),
 * with a skew (a few debtors have hundreds of invoices, most have one or two). Each debtor has a
 * behaviour (good, average, late, bad payer) that drives its lateness and unpaid share.
 */
import { computeScore, type ScoreEvent } from '@bonpayeur/scoring';
import { toScoreEventValues, type NewScoreEvent } from '../../../api/src/modules/scores/domain/score-event-row.js';
import { prng } from '../../support/prng.js';
import type { CopyValue } from './copy-rows.js';
import { hash, sirenOf } from './dataset-companies.js';

export interface ActivityOptions {
  invoices: number;
  creditors: number;
  debtors: number;
  /** The day the data set "is": scores are computed as of it, invoices lie before it. */
  today: string;
  seed: number;
}

export interface Activity {
  invoices: CopyValue[][];
  scoreEvents: CopyValue[][];
  runs: CopyValue[][];
  messages: CopyValue[][];
  scores: CopyValue[][];
  recommendations: CopyValue[][];
  /** Debtors with at least one invoice: what the profile bench asks for. */
  debtorSirens: string[];
}

export const INVOICE_COLUMNS = ['id', 'creditor_siren', 'debtor_siren', 'number', 'amount_cents', 'currency', 'issue_date', 'due_date', 'paid_at', 'status', 'created_at', 'updated_at', 'cancelled_at'];
export const SCORE_EVENT_COLUMNS = ['id', 'company_siren', 'kind', 'occurred_on', 'creditor_siren', 'invoice_id', 'amount_cents', 'payload', 'recorded_at'];
export const RUN_COLUMNS = ['id', 'invoice_id', 'creditor_siren', 'scenario_id', 'scenario', 'status', 'token_spent', 'end_reason', 'created_at', 'updated_at', 'ended_at'];
export const MESSAGE_COLUMNS = ['id', 'run_id', 'invoice_id', 'step_index', 'channel', 'tone', 'to_address', 'template_subject', 'template_body', 'subject', 'body', 'scheduled_at', 'status', 'attempts', 'provider', 'provider_message_id', 'sent_at', 'delivered_at', 'created_at', 'updated_at'];
export const RECOMMENDATION_COLUMNS = ['id', 'creditor_siren', 'debtor_siren', 'message', 'status', 'created_at', 'updated_at'];
export const SCORE_COLUMNS = ['siren', 'value', 'grade', 'confidence', 'enough_data', 'trend_direction', 'trend_delta', 'contributions', 'as_of', 'computed_at', 'events_count'];

const DAY = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
/** Deterministic UUIDs (v4 layout) from a kind and a counter: rows can reference each other without a lookup. */
const uuid = (kind: number, n: number): string => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Lateness in days and the chance an overdue invoice stays unpaid, by behaviour. */
const BEHAVIOURS = [
  { share: 0.5, onTime: 0.9, maxLate: 10, unpaid: 0.01 },
  { share: 0.3, onTime: 0.6, maxLate: 30, unpaid: 0.04 },
  { share: 0.15, onTime: 0.3, maxLate: 90, unpaid: 0.15 },
  { share: 0.05, onTime: 0.05, maxLate: 180, unpaid: 0.5 },
] as const;

function behaviourOf(debtorRow: number): (typeof BEHAVIOURS)[number] {
  let r = (hash(debtorRow, 40) % 1000) / 1000;
  for (const b of BEHAVIOURS) {
    if (r < b.share) return b;
    r -= b.share;
  }
  return BEHAVIOURS[0];
}

/** The classic scenario's steps, as a run snapshots them (offset from the due date, channel, tone). */
const CLASSIC_STEPS = [
  { offsetDays: -7, channel: 'EMAIL', tone: 'GOOD' },
  { offsetDays: 0, channel: 'EMAIL', tone: 'GOOD' },
  { offsetDays: 7, channel: 'EMAIL', tone: 'BAD' },
  { offsetDays: 15, channel: 'SMS', tone: 'BAD' },
  { offsetDays: 30, channel: 'EMAIL', tone: 'ULTIMATUM' },
] as const;
const CLASSIC_SNAPSHOT = JSON.stringify({
  name: 'GOODPayeur classique',
  steps: CLASSIC_STEPS.map((s) => ({ ...s, subject: 'Facture {{invoiceNumber}}', body: 'Bonjour, la facture {{invoiceNumber}} de {{amount}} arrive à échéance le {{dueDate}}.' })),
});

export function generateActivity(options: ActivityOptions): Activity {
  const random = prng(options.seed);
  const today = toDay(options.today);
  const stamp = `${options.today}T08:00:00Z`;
  const activity: Activity = { invoices: [], scoreEvents: [], runs: [], messages: [], scores: [], recommendations: [], debtorSirens: [] };
  const recommended = new Set<string>();
  const eventsByDebtor = new Map<string, ScoreEvent[]>();
  const numbers = new Map<number, number>();
  let eventCount = 0;
  let messageCount = 0;

  const record = (event: NewScoreEvent): void => {
    eventCount += 1;
    const id = uuid(3, eventCount);
    const v = toScoreEventValues(event);
    activity.scoreEvents.push([id, v.company_siren, v.kind, v.occurred_on, v.creditor_siren, v.invoice_id, v.amount_cents, JSON.stringify(v.payload), stamp]);
    const { companySiren, ...engineEvent } = event;
    const list = eventsByDebtor.get(companySiren) ?? [];
    list.push({ ...engineEvent, id } as ScoreEvent);
    eventsByDebtor.set(companySiren, list);
  };

  for (let i = 0; i < options.invoices; i += 1) {
    const creditorRow = Math.floor(random() * options.creditors);
    // r² skews towards the first debtors: a few big accounts, a long tail of occasional ones.
    const debtorRow = options.creditors + Math.floor(options.debtors * random() ** 2);
    const creditor = sirenOf(creditorRow);
    const debtor = sirenOf(debtorRow);
    const n = (numbers.get(creditorRow) ?? 0) + 1;
    numbers.set(creditorRow, n);
    const id = uuid(1, i + 1);
    const amountCents = Math.round(5_000 * Math.exp(random() * 6.2)); // 50 € … ~25 k€, log-uniform
    const issue = today - 5 - Math.floor(random() * 720);
    const due = issue + [30, 45, 60][Math.floor(random() * 3)]!;
    const behaviour = behaviourOf(debtorRow);

    let status: 'OPEN' | 'PAID' | 'CANCELLED' | 'DISPUTED' = 'OPEN';
    let paid: number | null = null;
    const r = random();
    if (r < 0.03) status = 'CANCELLED';
    else if (r < 0.05) status = 'DISPUTED';
    else {
      const late = random() < behaviour.onTime ? -Math.floor(random() * 10) : 1 + Math.floor(random() * behaviour.maxLate);
      const paidOn = Math.max(issue, due + late);
      if (paidOn < today && random() >= behaviour.unpaid) {
        status = 'PAID';
        paid = paidOn;
      }
    }
    const cancelledAt = status === 'CANCELLED' ? `${iso(Math.min(due, today - 1))}T10:00:00Z` : null;
    activity.invoices.push([id, creditor, debtor, `F${String(n).padStart(6, '0')}`, amountCents, 'EUR', iso(issue), iso(due), paid === null ? null : iso(paid), status, stamp, stamp, cancelledAt]);

    // A reminder run on a fifth of the invoices whose due date is past; the GOOD reminders before an
    // on-time payment earn the engine's bonus, as the real pipeline would record it.
    const reminded = due < today && hash(i, 41) % 5 === 0;
    const base = { companySiren: debtor, creditorId: creditor, invoiceId: id, amountCents, dueDate: iso(due) };
    record({ ...base, kind: 'INVOICE_OPEN', date: iso(issue) });
    if (paid !== null) record({ ...base, kind: 'INVOICE_PAID', date: iso(paid), goodReminderBefore: reminded && paid <= due });
    // A creditor paid on time by a good payer sometimes vouches for it publicly (once per pair).
    const pair = `${creditor}${debtor}`;
    if (paid !== null && paid <= due && behaviour === BEHAVIOURS[0] && hash(i, 42) % 8 === 0 && !recommended.has(pair)) {
      recommended.add(pair);
      const at = `${iso(paid + 1)}T12:00:00Z`;
      activity.recommendations.push([uuid(5, recommended.size), creditor, debtor, 'Client sérieux, règlements à l’heure depuis des années. Je recommande.', 'ACTIVE', at, at]);
      record({ kind: 'RECOMMENDATION', companySiren: debtor, creditorId: creditor, recommenderScore: null, date: iso(paid + 1) });
    }
    if (status === 'CANCELLED') record({ kind: 'INVOICE_CANCELLED', companySiren: debtor, invoiceId: id, date: iso(Math.min(due, today - 1)) });

    if (reminded) {
      const runId = uuid(2, i + 1);
      const end = paid ?? today;
      activity.runs.push([runId, id, creditor, 'classic', CLASSIC_SNAPSHOT, 'COMPLETED', true, paid !== null ? 'INVOICE_PAID' : 'ALL_SENT', stamp, stamp, stamp]);
      CLASSIC_STEPS.forEach((step, index) => {
        const at = due + step.offsetDays;
        if (at > today) return;
        messageCount += 1;
        const when = `${iso(at)}T09:00:00Z`;
        const sent = at <= end;
        const to = step.channel === 'SMS' ? '+33612345678' : `compta@${debtor}.example.fr`;
        activity.messages.push([
          uuid(4, messageCount), runId, id, index, step.channel, step.tone, to, 'Facture {{invoiceNumber}}', 'Bonjour…',
          sent ? `Facture F${n}` : null, sent ? 'Bonjour…' : null, when, sent ? 'DELIVERED' : 'CANCELLED', sent ? 1 : 0,
          sent ? (step.channel === 'SMS' ? 'twilio' : 'sendgrid') : null, sent ? `bench-${messageCount}` : null,
          sent ? when : null, sent ? when : null, stamp, stamp,
        ]);
      });
    }
  }

  for (const [siren, events] of eventsByDebtor) {
    events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const result = computeScore(events, options.today);
    activity.scores.push([
      siren, result.value, result.grade, result.confidence, result.enoughData, result.trend.direction, result.trend.delta,
      JSON.stringify(result.contributions), options.today, stamp, events.length,
    ]);
    activity.debtorSirens.push(siren);
  }
  return activity;
}
