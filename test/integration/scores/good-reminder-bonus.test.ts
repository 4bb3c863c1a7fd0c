import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { createInvoice, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueEmail } from '../../support/unique.js';
import { advanceTo, APPLY_SCENARIO, Pipeline, startPipeline } from '../reminders/support.js';
import { MY_COMPANY_SCORE, refresh } from './support.js';

interface Contribution {
  kind: string;
  effect: number;
  invoiceNumber: string | null;
}

/**
 * The positive phase of a scenario keeps its promise: a debtor who pays on time after a GOOD
 * reminder actually left earns the explicit bonus, through the real reminder pipeline.
 */
describe('the GOOD reminder bonus', () => {
  const clock = new FixedClock(new Date('2026-05-04T10:00:00Z'));
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = await startPipeline(clock);
  });
  afterAll(async () => {
    for (const name of [QUEUE.reminderEmail, QUEUE.reminderSms, QUEUE.reminderDispatch]) {
      await pipeline?.worker.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch(() => undefined);
    }
    await pipeline?.close();
  });

  async function contributionsOf(debtorSiren: string): Promise<Contribution[]> {
    const debtor = await signUpCreditor(pipeline.api, { companySiren: debtorSiren });
    await verifyCompany(pipeline.api, debtor);
    await refresh(pipeline.api, debtorSiren);
    const data = await debtor.client.ok<{ myCompanyScore: { contributions: Contribution[] } }>(MY_COMPANY_SCORE, { siren: debtorSiren });
    return data.myCompanyScore.contributions;
  }

  it('is earned when the invoice is paid on time after a GOOD email was sent, and not without one', async () => {
    const creditor = await signUpCreditor(pipeline.api);
    const reminded = await createInvoice(creditor.client, {
      issueDate: '2026-05-01',
      dueDate: '2026-05-20',
      contact: { name: 'Comptabilité', email: uniqueEmail('debtor'), phone: `07${String(process.pid).padStart(8, '0').slice(-8)}` },
    });
    const silent = await createInvoice(creditor.client, { issueDate: '2026-05-01', dueDate: '2026-05-20' });

    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: reminded.id, scenarioId: 'builtin-classic' } });
    // J-7 at the send hour: the GOOD email leaves.
    await advanceTo(pipeline, '2026-05-13T08:00:00Z');
    expect(pipeline.sendgrid.to(reminded.contact!.email!)).toHaveLength(1);

    clock.set(new Date('2026-05-18T10:00:00Z'));
    for (const invoice of [reminded, silent]) {
      await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-05-18' } });
    }

    const withReminder = await contributionsOf(reminded.debtor.siren);
    const bonus = withReminder.find((c) => c.kind === 'GOOD_REMINDER_BONUS');
    expect(bonus).toMatchObject({ invoiceNumber: reminded.number });
    expect(bonus!.effect).toBeGreaterThan(0);

    const withoutReminder = await contributionsOf(silent.debtor.siren);
    expect(withoutReminder.some((c) => c.kind === 'GOOD_REMINDER_BONUS')).toBe(false);
  });
});
