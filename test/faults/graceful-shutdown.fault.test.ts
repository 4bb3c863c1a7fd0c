import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSendgridStub, SendgridStub } from '../support/stubs/sendgrid-stub.js';
import { uniqueSuffix } from '../support/unique.js';
import { allSettled, createFaultDatabase, requestsPerMessage as requestsPerMessageAt, seedDueEmails, spawnWorker, statusCounts, stopWorker, waitFor, workerEnv } from './support.js';

/**
 * SIGTERM, as an orchestrator sends it before replacing a worker (issue 9): the built worker in its
 * own process stops taking jobs, finishes the sends in flight and records them, closes its pools and
 * exits by itself. Unlike SIGKILL (dispatch.fault.test.ts) nothing is left UNKNOWN.
 */
describe('graceful shutdown of a worker', () => {
  let database: Awaited<ReturnType<typeof createFaultDatabase>>;
  let db: pg.Client;
  let stub: SendgridStub;

  beforeAll(async () => {
    database = await createFaultDatabase('shutdown');
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    // Slow answers: a job of 50 e-mails is one request, answered 400 ms after it arrived.
    stub = await startSendgridStub({ latencyMs: 400 });
  });
  afterAll(async () => {
    await db?.end();
    await stub?.close();
    await database?.drop();
  });

  const requestsPerMessage = (ids: readonly string[]) => requestsPerMessageAt(stub.accepted, ids);

  it('SIGTERM during a batch of 600 sends: what was started is finished and recorded, the rest is sent once by the next worker', async () => {
    const ids = await seedDueEmails(db, 600);
    // 50 messages a second in jobs of 50: SIGTERM finds a job or two in flight and most of the batch still waiting.
    const env = { ...workerEnv(database.url, `{bp-shutdown-${uniqueSuffix()}}`, stub.url), REMINDER_EMAIL_RATE_PER_SECOND: '50', LOG_LEVEL: 'info' };
    const first = spawnWorker(env);
    // Mid-job: a job's request (its 50 messages in one SendGrid call) read by the provider, not answered yet.
    await waitFor('a job in flight', () => requestsPerMessage(ids).size >= 100 && stub.inFlight() > 0, 60_000);
    first.child.kill('SIGTERM');
    await first.exited;

    // It exited on its own, through Nest's shutdown (which re-raises the signal), not the watchdog.
    expect(first.child.signalCode ?? first.child.exitCode, first.output()).toBe('SIGTERM');
    expect(first.output()).toContain('shutting down: no new requests or jobs');
    expect(first.output()).toContain('shut down cleanly');
    const reachedProvider = requestsPerMessage(ids);
    expect(reachedProvider.size, 'SIGTERM came after the whole batch was sent').toBeLessThan(600);
    // The job caught in flight was finished and recorded: whole jobs only reached the provider.
    expect(reachedProvider.size % 50).toBe(0);
    const afterStop = await statusCounts(db, ids);
    // Nothing half-done: no send in flight left behind, nothing the provider may or may not have.
    expect(afterStop.SENDING ?? 0).toBe(0);
    expect(afterStop.UNKNOWN ?? 0).toBe(0);
    // Every message the provider received is recorded SENT, and only those.
    expect(afterStop.SENT).toBe(reachedProvider.size);

    const second = spawnWorker(env);
    try {
      await waitFor('every message settled by the next worker', () => allSettled(db, ids));
    } finally {
      await stopWorker(second);
    }
    const requests = requestsPerMessage(ids);
    expect([...requests].filter(([, n]) => n > 1), 'sent twice').toEqual([]);
    expect(requests.size, 'lost').toBe(600);
    expect(await statusCounts(db, ids)).toEqual({ SENT: 600 });
  });
});
