import { DataSource } from 'typeorm';

/** A conditional status change: applied only while the message is still in `from`. */
export interface MessageMove {
  id: string;
  from: string;
  to: string;
  reason: string | null;
}

const DEADLOCK = '40P01';

/**
 * Runs a multi-row statement again when PostgreSQL picked it as a deadlock victim (against a run
 * being stopped, say): these statements record what a provider already did, so giving up is not an
 * option while a retry is cheap.
 */
export async function withDeadlockRetry<T>(statement: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await statement();
    } catch (error) {
      if (attempt >= 3 || (error as { code?: string }).code !== DEADLOCK) throw error;
    }
  }
}

/** Every move of a batch in one statement; a message no longer in its `from` status is left alone. */
export async function moveMessages(dataSource: DataSource, moves: readonly MessageMove[], now: Date): Promise<void> {
  if (moves.length === 0) return;
  await withDeadlockRetry(() =>
    dataSource.query(
      `UPDATE reminder_messages m SET status = v.to_status, last_error = v.reason, updated_at = $5,
              queued_at = CASE WHEN v.to_status = 'QUEUED' THEN $5 ELSE m.queued_at END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS v(id, from_status, to_status, reason)
        WHERE m.id = v.id AND m.status = v.from_status`,
      [moves.map((move) => move.id), moves.map((move) => move.from), moves.map((move) => move.to), moves.map((move) => move.reason), now],
    ),
  );
}

/**
 * An ACTIVE run with nothing left to send is COMPLETED; one statement for the runs of a batch. Called
 * after the batch's outcomes are committed, so of two batches finishing a run's last messages
 * together, at least the later check sees both.
 */
export async function completeRuns(dataSource: DataSource, runIds: Iterable<string>, now: Date): Promise<void> {
  const ids = [...new Set(runIds)];
  if (ids.length === 0) return;
  await withDeadlockRetry(() =>
    dataSource.query(
      `UPDATE reminder_runs r SET status = 'COMPLETED', end_reason = 'ALL_SENT', ended_at = $2, updated_at = $2
        WHERE r.id = ANY($1::uuid[]) AND r.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM reminder_messages WHERE run_id = r.id AND status IN ('SCHEDULED', 'QUEUED', 'SENDING', 'NOT_CONFIGURED'))`,
      [ids, now],
    ),
  );
}

export const INTERRUPTED = 'Interrompu entre l’appel au fournisseur et son enregistrement : vérifiez avant de renvoyer.';
