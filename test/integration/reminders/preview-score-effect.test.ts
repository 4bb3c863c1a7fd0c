import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { creditorWithInvoice } from './support.js';

const PREVIEW = `query Preview($invoiceId: ID!, $scenarioId: ID!) { previewScenario(invoiceId: $invoiceId, scenarioId: $scenarioId) {
  messages { tone scheduledAt scoreEffect { scoreIfPaidOnTime scoreIfPaidAtStep scoreIfUnpaid gainIfPaidAtStep } } } }`;

interface Effect {
  scoreIfPaidOnTime: number;
  scoreIfPaidAtStep: number;
  scoreIfUnpaid: number;
  gainIfPaidAtStep: number;
}

describe('score effect in previewScenario', () => {
  const clock = new FixedClock(new Date('2027-02-20T10:00:00Z'));
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock, env: { SESSION_TTL_DAYS: '365' } });
  });
  afterAll(() => api.close());

  it('shows for each step the debtor’s score if paid on time against paid at that step, lower the later the step', async () => {
    const { creditor, invoice } = await creditorWithInvoice(api, { issueDate: '2027-02-01', dueDate: '2027-03-03' });
    const { previewScenario } = await creditor.client.ok<{ previewScenario: { messages: { tone: string; scheduledAt: string; scoreEffect: Effect | null }[] } }>(PREVIEW, {
      invoiceId: invoice.id,
      scenarioId: 'builtin-classic',
    });
    const effects = previewScenario.messages.map((message) => message.scoreEffect!);
    expect(effects.every((effect) => effect !== null)).toBe(true);
    // J-7: paying early is at least as good as on time; J0 is on time.
    expect(effects[0]!.scoreIfPaidAtStep).toBeGreaterThanOrEqual(effects[0]!.scoreIfPaidOnTime);
    expect(effects[1]!.scoreIfPaidAtStep).toBe(effects[1]!.scoreIfPaidOnTime);
    // J+7, J+15, J+30: each later step costs more against paying on time.
    const late = effects.slice(3);
    for (const effect of late) expect(effect.scoreIfPaidAtStep).toBeLessThan(effect.scoreIfPaidOnTime);
    expect(late[1]!.scoreIfPaidAtStep).toBeLessThan(late[0]!.scoreIfPaidAtStep);
    expect(late[2]!.scoreIfPaidAtStep).toBeLessThan(late[1]!.scoreIfPaidAtStep);
    for (const effect of effects) expect(effect.gainIfPaidAtStep).toBeCloseTo(effect.scoreIfPaidAtStep - effect.scoreIfUnpaid, 1);
  });
});
