import { describe, expect, it } from 'vitest';
import { INVOICE_FIELDS } from '../../support/factories/invoices.js';
import { APPLY_SCENARIO, creditorWithInvoice } from '../reminders/support.js';
import { advanceInvoiceTo, messageStatuses, pipelineInWindow } from './support.js';

const CHANGE = `mutation Change($input: ChangeInvoiceDueDateInput!) { changeInvoiceDueDate(input: $input) { ${INVOICE_FIELDS} } }`;
const EVENTS = `query Timeline($invoiceId: ID!) { invoiceTimeline(invoiceId: $invoiceId) { events { kind actor details } } }`;

/** A new due date re-plans what has not left yet, through the real pipeline (2035 window, see support.ts). */
describe('changing an invoice due date', () => {
  const stack = pipelineInWindow();
  const { clock } = stack;

  it('plans the pending messages of the active run against the new due date; the sent one stays', async () => {
    const { creditor, invoice, email } = await creditorWithInvoice(stack.pipeline.api, { issueDate: '2035-02-01', dueDate: '2035-03-03' });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-02-24T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email!)).toHaveLength(1);

    clock.set(new Date('2035-02-25T10:00:00Z'));
    const { changeInvoiceDueDate } = await creditor.client.ok<{ changeInvoiceDueDate: { dueDate: string; status: string } }>(CHANGE, { input: { id: invoice.id, dueDate: '2035-03-17' } });
    expect(changeInvoiceDueDate).toMatchObject({ dueDate: '2035-03-17', status: 'OPEN' });

    const messages = await messageStatuses(stack.pipeline, invoice.id);
    expect(messages.filter((m) => m.status === 'SENT').map((m) => m.stepIndex)).toEqual([0]);
    expect(messages.filter((m) => m.status === 'CANCELLED').every((m) => m.lastError === 'RESCHEDULED')).toBe(true);
    const live = messages.filter((m) => m.status === 'SCHEDULED' || m.status === 'AWAITING_APPROVAL').map((m) => [m.stepIndex, m.status, m.scheduledAt.toISOString()]);
    expect(live).toEqual([
      [1, 'SCHEDULED', '2035-03-17T08:00:00.000Z'],
      [2, 'SCHEDULED', '2035-03-17T08:00:00.000Z'],
      [3, 'SCHEDULED', '2035-03-24T08:00:00.000Z'],
      // J+15 = Sunday 1 April: the SMS waits for Monday 08:00 in Paris (summer time).
      [4, 'SCHEDULED', '2035-04-02T06:00:00.000Z'],
      [5, 'AWAITING_APPROVAL', '2035-04-16T07:00:00.000Z'],
    ]);

    // The old due date passes quietly; the new one brings the J0 mail.
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-03T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email!)).toHaveLength(1);
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-17T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email!)).toHaveLength(2);
    expect(stack.pipeline.sendgrid.to(email!)[1]!.text).toContain('17/03/2035');

    const { invoiceTimeline } = await creditor.client.ok<{ invoiceTimeline: { events: { kind: string; details: string }[] } }>(EVENTS, { invoiceId: invoice.id });
    expect(invoiceTimeline.events.map((e) => [e.kind, JSON.parse(e.details)])).toEqual([['DUE_DATE_CHANGED', { from: '2035-03-03', to: '2035-03-17' }]]);
  });

  it('refuses a date before the issue date, the same date, and another creditor, changing nothing', async () => {
    const { creditor, invoice } = await creditorWithInvoice(stack.pipeline.api, { issueDate: '2035-02-01', dueDate: '2035-03-03' });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    const before = await messageStatuses(stack.pipeline, invoice.id);
    expect(await creditor.client.error(CHANGE, { input: { id: invoice.id, dueDate: '2035-01-01' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUE_DATE_BEFORE_ISSUE_DATE' });
    expect(await creditor.client.error(CHANGE, { input: { id: invoice.id, dueDate: '2035-03-03' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUE_DATE_UNCHANGED' });
    const other = await creditorWithInvoice(stack.pipeline.api);
    expect(await other.creditor.client.error(CHANGE, { input: { id: invoice.id, dueDate: '2035-03-10' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await messageStatuses(stack.pipeline, invoice.id)).toEqual(before);
  });
});
