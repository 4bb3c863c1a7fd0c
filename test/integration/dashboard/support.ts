import { DataSource } from 'typeorm';
import type { TestApi } from '../../support/boot-api.js';

export const DASHBOARD = `query Dashboard($period: DashboardPeriodInput!) {
  dashboard(period: $period) {
    from to asOf granularity currency
    outstandingAmountCents overdueAmountCents invoicedAmountCents dsoDays
    invoicesDue dueAmountCents recoveredAmountCents recoveryRate
    remindersSent averageRemindersPerInvoice disputedInvoices litigationRate tokensSpent tokensPerInvoice
    series { start end invoicedCents collectedCents outstandingCents overdueCents remindersSent }
  }
}`;

export const SAVE_SCENARIO = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { id } }`;
export const APPLY_SCENARIO = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id } }`;
export const STOP_RUN = `mutation Stop($input: StopRunInput!) { stopRun(input: $input) { id tokenRefunded } }`;

/**
 * Records the reminders of an invoice as handed to the provider at their scheduled time, as the
 * sender would. Done in SQL rather than through a worker: a worker's dispatcher claims every due
 * row of the shared test database, so driving one to 2031 would send other files' messages.
 */
export async function markRemindersSent(api: TestApi, invoiceId: string): Promise<number> {
  const [, count] = (await api.app.get(DataSource).query(
    `UPDATE reminder_messages SET status = 'SENT', attempts = 1, provider = 'sendgrid', sent_at = scheduled_at
      WHERE invoice_id = $1 AND tone <> 'THANKS' AND status = 'SCHEDULED'`,
    [invoiceId],
  )) as [unknown, number];
  return count;
}

/** No disputeInvoice mutation exists yet (debtor space): the status is set as it would leave it. */
export async function markDisputed(api: TestApi, invoiceId: string): Promise<void> {
  await api.app.get(DataSource).query(`UPDATE invoices SET status = 'DISPUTED' WHERE id = $1 AND status = 'OPEN'`, [invoiceId]);
}
