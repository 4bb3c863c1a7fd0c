import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { inviteMember, signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { CANCEL_INVOICE, CREATE_INVOICE, createInvoice, invoiceInput, listInvoices, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';

describe('what each member role may do with invoices', () => {
  let api: TestApi;
  let owner: SignedUpCreditor;
  beforeAll(async () => {
    api = await bootTestApi();
    owner = await signUpCreditor(api);
  });
  afterAll(() => api.close());

  it('lets SUPPORT read the invoices but neither create nor settle them', async () => {
    const invoice = await createInvoice(owner.client);
    const support = await inviteMember(api, owner, 'SUPPORT');

    expect((await listInvoices(support.client)).edges.map((edge) => edge.node.id)).toContain(invoice.id);
    expect(await support.client.error(CREATE_INVOICE, { input: invoiceInput() })).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    expect(await support.client.error(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-01-15' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await support.client.error(CANCEL_INVOICE, { input: { id: invoice.id } })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets SALES create invoices but not settle them, and ACCOUNTING settle them', async () => {
    const sales = await inviteMember(api, owner, 'SALES');
    const accounting = await inviteMember(api, owner, 'ACCOUNTING');
    const invoice = await createInvoice(sales.client);

    expect(await sales.client.error(CANCEL_INVOICE, { input: { id: invoice.id } })).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const cancelled = await accounting.client.ok<{ cancelInvoice: { status: string } }>(CANCEL_INVOICE, { input: { id: invoice.id } });
    expect(cancelled.cancelInvoice.status).toBe('CANCELLED');
  });
});
