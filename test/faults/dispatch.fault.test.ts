import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSendgridStub, SendgridStub } from '../support/stubs/sendgrid-stub.js';
import { uniqueSuffix } from '../support/unique.js';
import { allSettled, createFaultDatabase, flushPrefix, seedDueEmails, spawnWorker, statusCounts, stopWorker, waitFor, workerEnv } from './support.js';

/**
 * Faults against the reminder dispatch (issue 8): real worker processes (the built api/dist worker),
 * real PostgreSQL (a database of this file's own) and Redis (a key prefix per test), the SendGrid SDK
 * against the stub, which records every request it reads. A message counts as sent by the provider
 * the moment the stub has read its request, answered or not.
 */
describe('reminder dispatch under faults', () => {
  let database: Awaited<ReturnType<typeof createFaultDatabase>>;
  let db: pg.Client;
  let stub: SendgridStub;

  beforeAll(async () => {
    database = await createFaultDatabase('dispatch');
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    // A little latency per call, so that a kill or a flush finds sends in flight.
    stub = await startSendgridStub({ latencyMs: 5 });
  });
  afterAll(async () => {
    await db?.end();
    await stub?.close();
    await database?.drop();
  });

  /** Mails the stub read per message id: one per personalization, by the reference in its custom_args. */
  const requestsPerMessage = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    const counts = new Map<string, number>();
    for (const mail of stub.accepted) if (wanted.has(mail.reference)) counts.set(mail.reference, (counts.get(mail.reference) ?? 0) + 1);
    return counts;
  };
  const sentAtStub = (ids: readonly string[]) => [...requestsPerMessage(ids).values()].reduce((a, b) => a + b, 0);
  const statusesOf = async (ids: readonly string[]) =>
    new Map(((await db.query(`SELECT id, status FROM reminder_messages WHERE id = ANY($1::uuid[])`, [ids])).rows as { id: string; status: string }[]).map((row) => [row.id, row.status]));

  it('SIGKILL in the middle of 1,000 sends: after a restart each message is SENT exactly once or UNKNOWN, none lost, none doubled', async () => {
    const ids = await seedDueEmails(db, 1000);
    const env = workerEnv(database.url, `{bp-fault-${uniqueSuffix()}}`, stub.url);
    const first = spawnWorker(env);
    await waitFor('the first sends', () => sentAtStub(ids) >= 150);
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = sentAtStub(ids);
    expect(atKill, 'killed after the batch had finished: nothing was interrupted').toBeLessThan(1000);

    const second = spawnWorker(env);
    try {
      await waitFor('every message settled after the restart', () => allSettled(db, ids));
    } finally {
      await stopWorker(second);
    }
    const requests = requestsPerMessage(ids);
    const statuses = await statusesOf(ids);
    const doubled = [...requests].filter(([, n]) => n > 1);
    expect(doubled).toEqual([]);
    for (const id of ids) {
      const status = statuses.get(id);
      // SENT: the provider has it once. UNKNOWN: in flight at the kill, the provider may or may not have it.
      if (status === 'SENT') expect(requests.get(id), `SENT ${id}`).toBe(1);
      else expect(status, `message ${id}`).toBe('UNKNOWN');
    }
    const counts = await statusCounts(db, ids);
    expect((counts.SENT ?? 0) + (counts.UNKNOWN ?? 0)).toBe(1000);
    // Uncertain are only the messages of the calls in flight and the records being written: a batch
    // is claimed just before its one SendGrid call, and a worker holds at most 400 messages between
    // claim and record (reminder-sender.service.ts, CLAIMED_AT_ONCE).
    expect(counts.UNKNOWN ?? 0).toBeLessThanOrEqual(400);
    // The restarted worker sent what the killed one had not reached.
    expect(sentAtStub(ids)).toBeGreaterThan(atKill);
  });

  it('Redis keys deleted mid-run: the dispatcher rebuilds the queue and the messages sent are exactly the expected ones', async () => {
    const ids = await seedDueEmails(db, 1000);
    const prefix = `{bp-fault-${uniqueSuffix()}}`;
    const worker = spawnWorker(workerEnv(database.url, prefix, stub.url));
    try {
      await waitFor('the first sends', () => sentAtStub(ids) >= 150);
      // FLUSHALL for this worker: every key of its prefix (the whole Redis is shared with other runs).
      const deleted = await flushPrefix(prefix);
      expect(deleted).toBeGreaterThan(0);
      expect(sentAtStub(ids)).toBeLessThan(1000);
      await waitFor('every message settled after the flush', () => allSettled(db, ids));
    } finally {
      await stopWorker(worker);
    }
    const requests = requestsPerMessage(ids);
    expect([...requests].filter(([, n]) => n > 1)).toEqual([]);
    expect(new Set(requests.keys())).toEqual(new Set(ids));
    expect(await statusCounts(db, ids)).toEqual({ SENT: 1000 });
  });

  it('two worker processes at once: no message is sent twice', async () => {
    const ids = await seedDueEmails(db, 1000);
    const env = workerEnv(database.url, `{bp-fault-${uniqueSuffix()}}`, stub.url);
    const workers = [spawnWorker(env), spawnWorker(env)];
    try {
      await waitFor('every message settled', () => allSettled(db, ids));
    } finally {
      await Promise.all(workers.map((worker) => stopWorker(worker)));
    }
    const requests = requestsPerMessage(ids);
    expect([...requests].filter(([, n]) => n > 1)).toEqual([]);
    expect(new Set(requests.keys())).toEqual(new Set(ids));
    expect(await statusCounts(db, ids)).toEqual({ SENT: 1000 });
  });
});
