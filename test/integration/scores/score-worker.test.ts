import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bull';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootstrapWorker } from '../../../api/src/bootstrap-worker.js';
import { FixedClock } from '../../../api/src/common/clock.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { ScoreRefreshService } from '../../../api/src/modules/scores/score-refresh.service.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { createInvoice, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueSiren } from '../../support/unique.js';
import { NOW, publicScore, staleRow } from './support.js';

describe('score refresh on the worker', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let creditor: SignedUpCreditor;
  let queue: Queue;
  const clock = new FixedClock(NOW);

  beforeAll(async () => {
    api = await bootTestApi({ clock });
    // Same config, so the same queue prefix: the API's jobs reach this worker.
    worker = await bootstrapWorker({ config: api.config, clock });
    queue = worker.get<Queue>(getQueueToken(QUEUE.scoreRefresh));
    creditor = await signUpCreditor(api);
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await worker?.close();
    await api?.close();
  });

  it('refreshes the public score after a payment, through the queue, with no call from the test', async () => {
    const debtor = uniqueSiren();
    const invoice = await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-01-05', dueDate: '2026-02-04' });
    await vi.waitFor(async () => expect((await publicScore(api.client(), debtor)).score).not.toBeNull(), { timeout: 10_000, interval: 50 });
    const unpaid = (await publicScore(api.client(), debtor)).score!;

    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-02-01' } });
    await vi.waitFor(async () => expect((await publicScore(api.client(), debtor)).score!.value).toBeGreaterThan(unpaid.value), { timeout: 10_000, interval: 50 });
    await vi.waitFor(async () => expect(await staleRow(api, debtor)).toBeUndefined(), { timeout: 10_000, interval: 50 });
    const history = (await publicScore(api.client(), debtor)).scoreHistory;
    expect(history[0]!.day).toBe('2026-01-05');
    expect(history.at(-1)!.day).toBe('2026-03-10');
  });

  it('loses nothing when the job is lost (Redis wiped): the queue row stays and the sweeper refreshes it', async () => {
    await queue.pause(true, true);
    const debtor = uniqueSiren();
    try {
      await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-01-05', dueDate: '2026-02-04' });
      expect(await queue.getJob(debtor)).not.toBeNull();
      await queue.empty();
      expect(await queue.getJob(debtor)).toBeNull();
    } finally {
      await queue.resume(true);
    }
    expect(await staleRow(api, debtor)).toBeDefined();
    expect((await publicScore(api.client(), debtor)).score).toBeNull();

    expect(await worker.get(ScoreRefreshService).sweep({ sirens: [debtor], minAgeSeconds: 0 })).toBe(1);
    expect((await publicScore(api.client(), debtor)).score!.value).toBeLessThan(70);
  });
});
