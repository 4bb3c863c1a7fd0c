import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { CANCEL_INVOICE, createInvoice, INVOICE, MARK_INVOICE_PAID, TestInvoice } from '../../support/factories/invoices.js';
import { NOW, snapshot } from './support.js';

describe('settling invoices', () => {
  let api: TestApi;
  const clock = new FixedClock(NOW);
  beforeAll(async () => {
    api = await bootTestApi({ clock });
  });
  afterAll(() => api.close());

  it('stores a retroactive payment date as given', async () => {
    const { client } = await signUpCreditor(api);
    const invoice = await createInvoice(client, { issueDate: '2026-01-05', dueDate: '2026-02-04' });
    const { markInvoicePaid } = await client.ok<{ markInvoicePaid: TestInvoice }>(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-02-20' } });
    expect(markInvoicePaid).toMatchObject({ status: 'PAID', paidAt: '2026-02-20', daysOverdue: 0 });
    const [row] = (await api.app.get(DataSource).query(`SELECT paid_at::text AS paid_at, status FROM invoices WHERE id = $1`, [invoice.id])) as [{ paid_at: string; status: string }];
    expect(row).toEqual({ paid_at: '2026-02-20', status: 'PAID' });
  });

  it('accepts today in Paris even when it is still yesterday in UTC', async () => {
    const { client } = await signUpCreditor(api);
    const invoice = await createInvoice(client);
    clock.set(new Date('2026-03-10T23:30:00Z')); // 00:30 on 11 March in Paris
    try {
      const { markInvoicePaid } = await client.ok<{ markInvoicePaid: TestInvoice }>(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-03-11' } });
      expect(markInvoicePaid.paidAt).toBe('2026-03-11');
    } finally {
      clock.set(NOW);
    }
  });

  it.each([
    ['in the future', '2026-03-11', 'PAID_AT_IN_FUTURE'],
    ['before the issue date', '2026-01-31', 'PAID_AT_BEFORE_ISSUE_DATE'],
    ['not on the calendar', '2026-02-30', 'DATE_INVALID'],
  ])('refuses a payment date %s and changes nothing', async (_label, paidAt, reason) => {
    const { client, siren } = await signUpCreditor(api);
    const invoice = await createInvoice(client, { issueDate: '2026-02-01' });
    const before = await snapshot(api, siren);
    const error = await client.error(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason, extensions: expect.objectContaining({ field: 'paidAt' }) });
    expect(await snapshot(api, siren)).toEqual(before);
  });

  it('refuses to mark a paid invoice paid again with CONFLICT, keeping the first date', async () => {
    const { client, siren } = await signUpCreditor(api);
    const invoice = await createInvoice(client);
    await client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-03-05' } });
    const before = await snapshot(api, siren);
    expect(await client.error(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-03-06' } })).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_ALREADY_PAID' });
    expect(await snapshot(api, siren)).toEqual(before);
  });

  it('cancels an open invoice, then refuses to pay or cancel it again', async () => {
    const { client, siren } = await signUpCreditor(api);
    const invoice = await createInvoice(client);
    const { cancelInvoice } = await client.ok<{ cancelInvoice: TestInvoice }>(CANCEL_INVOICE, { input: { id: invoice.id } });
    expect(cancelInvoice).toMatchObject({ status: 'CANCELLED', daysOverdue: 0, paidAt: null });
    const before = await snapshot(api, siren);
    expect(await client.error(CANCEL_INVOICE, { input: { id: invoice.id } })).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_CANCELLABLE' });
    expect(await client.error(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-03-05' } })).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_PAYABLE' });
    expect(await snapshot(api, siren)).toEqual(before);
  });

  it('refuses to cancel a paid invoice', async () => {
    const { client } = await signUpCreditor(api);
    const invoice = await createInvoice(client);
    await client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-03-05' } });
    expect(await client.error(CANCEL_INVOICE, { input: { id: invoice.id } })).toMatchObject({ code: 'CONFLICT' });
    expect((await client.ok<{ invoice: TestInvoice }>(INVOICE, { id: invoice.id })).invoice.status).toBe('PAID');
  });

  it('answers NOT_FOUND, never a crash, for an unknown or malformed id', async () => {
    const { client } = await signUpCreditor(api);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "' OR 1=1 --"]) {
      expect(await client.error(INVOICE, { id })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await client.error(MARK_INVOICE_PAID, { input: { id, paidAt: '2026-03-01' } })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await client.error(CANCEL_INVOICE, { input: { id } })).toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
