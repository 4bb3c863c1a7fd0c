import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { CREATE_INVOICE, createInvoice, INVOICE, invoiceInput, listInvoices } from '../../support/factories/invoices.js';
import { uniqueSiren } from '../../support/unique.js';
import { NOW, snapshot } from './support.js';

describe('creating and listing invoices', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock: new FixedClock(NOW) });
  });
  afterAll(() => api.close());

  it('creates an invoice to an unknown debtor, registering the company and the contact', async () => {
    const { client } = await signUpCreditor(api);
    const debtorSiren = uniqueSiren();
    const invoice = await createInvoice(client, {
      debtorSiren,
      debtorName: 'Débitrice Zxqv Éole',
      number: '  FA-2026-0001 ',
      amountCents: 100_000_000_000,
      issueDate: '2026-02-01',
      dueDate: '2026-03-03',
      contact: { name: 'Mme Rivière', email: 'Compta@Riviere.FR', phone: '06 12 34 56 78' },
    });
    expect(invoice).toMatchObject({
      number: 'FA-2026-0001',
      debtor: { siren: debtorSiren, name: 'Débitrice Zxqv Éole' },
      amountCents: 100_000_000_000,
      currency: 'EUR',
      issueDate: '2026-02-01',
      dueDate: '2026-03-03',
      paidAt: null,
      status: 'OPEN',
      daysOverdue: 7,
      contact: { name: 'Mme Rivière', email: 'compta@riviere.fr', phone: '+33612345678', preferredChannel: 'EMAIL' },
    });
    const { invoice: read } = await client.ok<{ invoice: unknown }>(INVOICE, { id: invoice.id });
    expect(read).toEqual(invoice);
  });

  it('reuses the contact with the same e-mail for the next invoice to that debtor', async () => {
    const { client } = await signUpCreditor(api);
    const debtorSiren = uniqueSiren();
    const first = await createInvoice(client, { debtorSiren, contact: { email: 'compta@client.fr' } });
    const second = await createInvoice(client, { debtorSiren, contact: { email: 'COMPTA@client.fr', name: 'Jean' } });
    expect(second.contact?.id).toBe(first.contact?.id);
    expect(second.contact?.name).toBe('Jean');
  });

  it('lists by due date then id, pages with a cursor and counts every match', async () => {
    const { client } = await signUpCreditor(api);
    const dueDates = ['2026-04-01', '2026-03-01', '2026-03-15', '2026-03-01', '2026-05-01'];
    for (const dueDate of dueDates) await createInvoice(client, { issueDate: '2026-02-01', dueDate });

    const firstPage = await listInvoices(client, { first: 2 });
    expect(firstPage.totalCount).toBe(5);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = await listInvoices(client, { first: 2, after: firstPage.pageInfo.endCursor! });
    const lastPage = await listInvoices(client, { first: 2, after: secondPage.pageInfo.endCursor! });
    expect(lastPage.pageInfo.hasNextPage).toBe(false);

    const all = [...firstPage.edges, ...secondPage.edges, ...lastPage.edges].map((edge) => edge.node);
    expect(all.map((invoice) => invoice.dueDate)).toEqual(['2026-03-01', '2026-03-01', '2026-03-15', '2026-04-01', '2026-05-01']);
    expect(all[0]!.id < all[1]!.id).toBe(true);
    expect(new Set(all.map((invoice) => invoice.id)).size).toBe(5);
  });

  it('filters by status, by debtor and by overdue as of today in Paris', async () => {
    const { client } = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const overdue = await createInvoice(client, { debtorSiren: debtor, dueDate: '2026-03-09' });
    const dueToday = await createInvoice(client, { dueDate: '2026-03-10' });
    const notYetDue = await createInvoice(client, { debtorSiren: debtor, dueDate: '2026-04-10' });
    const paid = await createInvoice(client, { dueDate: '2026-03-01' });
    await client.ok(`mutation($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { id } }`, { input: { id: paid.id, paidAt: '2026-03-05' } });

    const ids = async (filter: Record<string, unknown>) => (await listInvoices(client, { filter })).edges.map((edge) => edge.node.id).sort();
    expect(await ids({ overdue: true })).toEqual([overdue.id]);
    expect(await ids({ overdue: false })).toEqual([dueToday.id, notYetDue.id, paid.id].sort());
    expect(await ids({ status: 'PAID' })).toEqual([paid.id]);
    expect(await ids({ status: 'OPEN', debtorSiren: debtor })).toEqual([overdue.id, notYetDue.id].sort());
    expect((await listInvoices(client, { filter: { overdue: true } })).edges[0]?.node.daysOverdue).toBe(1);
    expect((await listInvoices(client, { filter: { status: 'PAID' } })).edges[0]?.node.daysOverdue).toBe(0);
  });

  it('refuses a page larger than the maximum and a forged cursor', async () => {
    const { client } = await signUpCreditor(api);
    expect(await client.error(`query { invoices(first: 1000) { totalCount } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await client.error(`query { invoices(after: "bm90IGEgY3Vyc29y") { totalCount } }`)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });

  it('asks for a session before showing any invoice', async () => {
    expect(await api.client().error(`query { invoices { totalCount } }`)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  describe('refuses bad input with a stable code, a French message and the field, storing nothing', () => {
    it.each([
      ['a malformed SIREN', { debtorSiren: '12345' }, 'DEBTOR_SIREN_INVALID', 'debtorSiren'],
      ['a SIREN with a wrong key', { debtorSiren: '552100555' }, 'DEBTOR_SIREN_INVALID', 'debtorSiren'],
      ['a negative amount', { amountCents: -500 }, 'AMOUNT_INVALID', 'amountCents'],
      ['a fractional amount of cents', { amountCents: 12.5 }, 'AMOUNT_INVALID', 'amountCents'],
      ['an amount above one billion euros', { amountCents: 100_000_000_001 }, 'AMOUNT_INVALID', 'amountCents'],
      ['a due date before the issue date', { issueDate: '2026-03-01', dueDate: '2026-02-28' }, 'DUE_DATE_BEFORE_ISSUE_DATE', 'dueDate'],
      ['a date not on the calendar', { issueDate: '2026-02-30' }, 'DATE_INVALID', 'issueDate'],
      ['an issue date more than a year ahead', { issueDate: '2027-04-01', dueDate: '2027-05-01' }, 'ISSUE_DATE_TOO_FAR', 'issueDate'],
      ['a lower-case currency', { currency: 'eur' }, 'CURRENCY_INVALID', 'currency'],
      ['an empty number', { number: '   ' }, 'NUMBER_INVALID', 'number'],
      ['an invalid contact phone', { contact: { phone: '123' } }, 'CONTACT_INVALID', 'contact.phone'],
    ])('%s', async (_label, overrides, reason, field) => {
      const { client, siren } = await signUpCreditor(api);
      const input = invoiceInput(overrides);
      const before = await snapshot(api, siren, [input.debtorSiren as string]);
      expect(before.companies).toEqual([]);
      const error = await client.error(CREATE_INVOICE, { input });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason, extensions: expect.objectContaining({ field }) });
      expect(error.message).toMatch(/[a-zé]/);
      expect(await snapshot(api, siren, [input.debtorSiren as string])).toEqual(before);
    });

    it('an invoice to oneself', async () => {
      const { client, siren } = await signUpCreditor(api);
      const before = await snapshot(api, siren, [siren]);
      expect(await client.error(CREATE_INVOICE, { input: invoiceInput({ debtorSiren: siren }) })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_INVOICE' });
      expect(await snapshot(api, siren, [siren])).toEqual(before);
    });
  });

  it('refuses a number the creditor already used with CONFLICT, and leaves the first invoice as it was', async () => {
    const { client, siren } = await signUpCreditor(api);
    const first = await createInvoice(client, { number: 'F-42' });
    const otherDebtor = uniqueSiren();
    const before = await snapshot(api, siren, [otherDebtor]);
    const error = await client.error(CREATE_INVOICE, { input: invoiceInput({ number: 'F-42', debtorSiren: otherDebtor }) });
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NUMBER_TAKEN', extensions: expect.objectContaining({ field: 'number' }) });
    expect(await snapshot(api, siren, [otherDebtor])).toEqual(before);
    expect(before.companies).toEqual([]);
    expect((await client.ok<{ invoice: { amountCents: number } }>(INVOICE, { id: first.id })).invoice.amountCents).toBe(first.amountCents);
  });

  it('lets two creditors use the same invoice number', async () => {
    const alice = await signUpCreditor(api);
    const bob = await signUpCreditor(api);
    await createInvoice(alice.client, { number: 'F-1' });
    await expect(createInvoice(bob.client, { number: 'F-1' })).resolves.toMatchObject({ number: 'F-1' });
  });
});
