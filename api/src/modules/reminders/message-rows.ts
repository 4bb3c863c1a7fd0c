import { EntityManager } from 'typeorm';
import { ReminderMessageObject, ReminderRunObject } from './dtos/reminder-run.object.js';
import { PlannedMessage } from './domain/plan-run.js';

/** Raw SQL helpers shared by the runs service, the sender and the timeline. */
export const MESSAGE_COLUMNS = `id, run_id, step_index, channel, tone, to_address, subject, body, scheduled_at, status, attempts, provider,
  provider_message_id, last_error, sent_at, delivered_at, updated_at`;

export interface MessageRow {
  id: string;
  run_id: string;
  step_index: number;
  channel: string;
  tone: string;
  to_address: string;
  subject: string | null;
  body: string | null;
  scheduled_at: Date;
  status: string;
  attempts: number;
  provider: string | null;
  provider_message_id: string | null;
  last_error: string | null;
  sent_at: Date | null;
  delivered_at: Date | null;
  updated_at: Date;
}

export interface RunRow {
  id: string;
  invoice_id: string;
  creditor_siren: string;
  scenario_id: string;
  scenario: { name: string; steps: unknown[] };
  /** Absent when the SELECT did not ask for it. */
  segment?: string | null;
  status: string;
  /** Why a PAUSED run waits (HoldReason); absent when the SELECT did not ask for it. */
  paused_reason?: string | null;
  /** Who applied it (call tasks are assigned to them); absent when the SELECT did not ask for it. */
  created_by?: string | null;
  token_spent: boolean;
  token_refunded: boolean;
  end_reason: string | null;
  created_at: Date;
  ended_at: Date | null;
}

export function toMessageObject(row: MessageRow): ReminderMessageObject {
  return {
    id: row.id,
    runId: row.run_id,
    stepIndex: row.step_index,
    channel: row.channel,
    tone: row.tone,
    toAddress: row.to_address,
    subject: row.subject,
    body: row.body,
    scheduledAt: row.scheduled_at,
    status: row.status,
    attempts: row.attempts,
    provider: row.provider,
    providerMessageId: row.provider_message_id,
    lastError: row.last_error,
    sentAt: row.sent_at,
    deliveredAt: row.delivered_at,
    updatedAt: row.updated_at,
  };
}

export function toRunObject(run: RunRow, messages: readonly MessageRow[]): ReminderRunObject {
  return {
    id: run.id,
    invoiceId: run.invoice_id,
    scenarioId: run.scenario_id,
    scenarioName: run.scenario.name,
    segment: run.segment ?? null,
    status: run.status,
    pausedReason: run.paused_reason ?? null,
    tokenSpent: run.token_spent,
    tokenRefunded: run.token_refunded,
    endReason: run.end_reason,
    createdAt: run.created_at,
    endedAt: run.ended_at,
    messages: messages.filter((message) => message.run_id === run.id).map(toMessageObject),
  };
}

/** One multi-row INSERT for all the messages of a run. */
export async function insertMessages(manager: EntityManager, runId: string, invoiceId: string, messages: readonly PlannedMessage[], now: Date): Promise<void> {
  if (messages.length === 0) return;
  const params: unknown[] = [runId, invoiceId, now];
  const values = messages.map((message) => {
    const base = params.length;
    params.push(message.stepIndex, message.channel, message.tone, message.toAddress, message.templateSubject, message.templateBody, message.deadlineDays, message.scheduledAt, message.status, message.skipReason);
    const p = (i: number) => `$${base + i}`;
    return `($1, $2, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}, $3, $3)`;
  });
  await manager.query(
    `INSERT INTO reminder_messages (run_id, invoice_id, step_index, channel, tone, to_address, template_subject, template_body, deadline_days,
                                    scheduled_at, status, last_error, created_at, updated_at)
     VALUES ${values.join(', ')}`,
    params,
  );
}

/** TypeORM's postgres driver answers UPDATE/DELETE … RETURNING with [rows, count]; INSERT/SELECT with rows. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
