import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { CANCEL_INVOICE, createInvoice, INVOICE, listInvoices, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueSiren } from '../../support/unique.js';
import { NOW, snapshot } from './support.js';

describe('isolation between creditors', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock: new FixedClock(NOW) });
  });
  afterAll(() => api.close());

  it("never shows, pays or cancels another creditor's invoice, and answers as if it did not exist", async () => {
    const alice = await signUpCreditor(api);
    const bob = await signUpCreditor(api);
    const sharedDebtor = uniqueSiren();
    const aliceInvoice = await createInvoice(alice.client, { debtorSiren: sharedDebtor, contact: { email: 'compta@debtor.fr' } });
    const bobInvoice = await createInvoice(bob.client, { debtorSiren: sharedDebtor, contact: { email: 'compta@debtor.fr' } });

    expect(bobInvoice.contact?.id).not.toBe(aliceInvoice.contact?.id);
    const bobList = await listInvoices(bob.client, { filter: { debtorSiren: sharedDebtor } });
    expect(bobList.edges.map((edge) => edge.node.id)).toEqual([bobInvoice.id]);
    expect(bobList.totalCount).toBe(1);

    const before = await snapshot(api, alice.siren);
    const unknown = await bob.client.error(INVOICE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(await bob.client.error(INVOICE, { id: aliceInvoice.id })).toEqual(unknown);
    expect(await bob.client.error(MARK_INVOICE_PAID, { input: { id: aliceInvoice.id, paidAt: '2026-03-05' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await bob.client.error(CANCEL_INVOICE, { input: { id: aliceInvoice.id } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(api, alice.siren)).toEqual(before);
    expect((await alice.client.ok<{ invoice: { status: string } }>(INVOICE, { id: aliceInvoice.id })).invoice.status).toBe('OPEN');
  });
});
