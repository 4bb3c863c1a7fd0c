import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { createInvoice, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueSiren } from '../../support/unique.js';

const ABOUT_ME = `query AboutMe($first: Int, $after: String) {
  invoicesAboutMyCompany(first: $first, after: $after) {
    nodes { id number amountCents currency dueDate status paidAt daysOverdue creditor { siren name } openDispute { id reason status } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const DISPUTE = `mutation Dispute($input: DisputeInvoiceInput!) { disputeInvoice(input: $input) { id } }`;

interface Page {
  nodes: { id: string; number: string; amountCents: number; dueDate: string; status: string; paidAt: string | null; daysOverdue: number; creditor: { siren: string; name: string }; openDispute: { id: string; reason: string; status: string } | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The debtor space's "invoices reported about me": verified members of the debtor company only. */
describe('invoicesAboutMyCompany', () => {
  let api: TestApi;
  const clock = new FixedClock(new Date('2026-04-01T08:00:00Z'));

  beforeAll(async () => {
    api = await bootTestApi({ clock });
  });
  afterAll(() => api.close());

  it('lists the invoices two creditors reported about the company, latest due date first, paged, with the open dispute and the payment date', async () => {
    const debtorSiren = uniqueSiren();
    const first = await signUpCreditor(api, { companyName: 'Menuiserie Zxqv Alpha' });
    const second = await signUpCreditor(api, { companyName: 'Transports Zxqv Beta' });
    const older = await createInvoice(first.client, { debtorSiren, debtorName: 'Débitrice Zxqv', dueDate: '2026-03-03', amountCents: 125_000, contact: { email: 'compta@debitrice.test' } });
    const newer = await createInvoice(second.client, { debtorSiren, debtorName: 'Débitrice Zxqv', issueDate: '2026-02-10', dueDate: '2026-03-20', amountCents: 48_000 });
    await first.client.ok(MARK_INVOICE_PAID, { input: { id: older.id, paidAt: '2026-03-25' } });
    // Another company's debt is never shown.
    await createInvoice(first.client, { dueDate: '2026-03-10' });

    const debtor = await signUpCreditor(api, { companySiren: debtorSiren });
    await verifyCompany(api, debtor);
    const reason = 'Livraison incomplète, bon de livraison joint.';
    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: { id: string } }>(DISPUTE, { input: { invoiceId: newer.id, reason } });

    const page1 = (await debtor.client.ok<{ invoicesAboutMyCompany: Page }>(ABOUT_ME, { first: 1 })).invoicesAboutMyCompany;
    expect(page1.nodes).toEqual([
      {
        id: newer.id,
        number: newer.number,
        amountCents: 48_000,
        currency: 'EUR',
        dueDate: '2026-03-20',
        status: 'DISPUTED',
        paidAt: null,
        daysOverdue: 0,
        creditor: { siren: second.siren, name: 'Transports Zxqv Beta' },
        openDispute: { id: disputeInvoice.id, reason, status: 'OPEN' },
      },
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await debtor.client.ok<{ invoicesAboutMyCompany: Page }>(ABOUT_ME, { first: 1, after: page1.pageInfo.endCursor })).invoicesAboutMyCompany;
    expect(page2.nodes.map((n) => [n.id, n.status, n.paidAt, n.creditor.siren, n.openDispute])).toEqual([[older.id, 'PAID', '2026-03-25', first.siren, null]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('never exposes the creditor’s contacts: the type has no such field', async () => {
    const debtor = await signUpCreditor(api);
    await verifyCompany(api, debtor);
    const asked = await debtor.client.error(`query { invoicesAboutMyCompany { nodes { id contact { email } } } }`);
    expect(asked.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an unverified member, an anonymous visitor and a forged cursor, each with its code', async () => {
    const debtorSiren = uniqueSiren();
    const creditor = await signUpCreditor(api);
    await createInvoice(creditor.client, { debtorSiren });
    const unverified = await signUpCreditor(api, { companySiren: debtorSiren });
    const refused = await unverified.client.error(ABOUT_ME);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DEBTOR_REPRESENTATIVE' });
    expect(refused.message).toMatch(/vérifier/);
    expect(await api.client().error(ABOUT_ME)).toMatchObject({ code: 'UNAUTHENTICATED' });

    await verifyCompany(api, unverified);
    const forged = Buffer.from(JSON.stringify(['pas-une-date', 'x'])).toString('base64url');
    expect(await unverified.client.error(ABOUT_ME, { after: forged })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    expect(await unverified.client.error(ABOUT_ME, { first: 500 })).toMatchObject({ reason: 'PAGE_TOO_LARGE' });
  });
});
