import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { createInvoice, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueEmail, uniqueSiren } from '../../support/unique.js';

const RECOMMEND = `mutation Recommend($input: RecommendCompanyInput!) { recommendCompany(input: $input) { id message status creditor { siren name } debtor { siren } createdAt } }`;
const WITHDRAW = `mutation Withdraw($input: WithdrawRecommendationInput!) { withdrawRecommendation(input: $input) { id status } }`;
const PUBLIC = `query Company($siren: String!) { company(siren: $siren) { recommendations(first: 10) { totalCount edges { node { id message creditor { siren name } createdAt } } } } }`;

interface PublicRecommendations {
  company: { recommendations: { totalCount: number; edges: { node: { id: string; message: string; creditor: { siren: string; name: string } } }[] } };
}

describe('recommendations', () => {
  let api: TestApi;
  let db: DataSource;
  let creditor: SignedUpCreditor;

  beforeAll(async () => {
    api = await bootTestApi({ clock: new FixedClock(new Date('2026-03-03T10:00:00Z')) });
    db = api.app.get(DataSource);
    creditor = await signUpCreditor(api);
    await verifyCompany(api, creditor);
  });
  afterAll(() => api.close());

  it('lets a creditor recommend a client on its due date; shown publicly with the creditor’s name and date; the client is told by e-mail', async () => {
    const contactEmail = uniqueEmail('client');
    const invoice = await createInvoice(creditor.client, { dueDate: '2026-03-03', contact: { name: 'Compta', email: contactEmail } });
    const { recommendCompany: sut } = await creditor.client.ok<{ recommendCompany: { id: string; status: string; creditor: { siren: string } } }>(RECOMMEND, {
      input: { siren: invoice.debtor.siren, message: 'Client sérieux, toujours à l’heure.' },
    });
    expect(sut).toMatchObject({ status: 'ACTIVE', creditor: { siren: creditor.siren } });

    const fromInvoice = await creditor.client.ok<{ invoice: { debtorRecommendation: { id: string } | null } }>(`query($id: ID!) { invoice(id: $id) { debtorRecommendation { id } } }`, { id: invoice.id });
    expect(fromInvoice.invoice.debtorRecommendation).toEqual({ id: sut.id });
    const view = await api.client().ok<PublicRecommendations>(PUBLIC, { siren: invoice.debtor.siren });
    expect(view.company.recommendations.totalCount).toBe(1);
    expect(view.company.recommendations.edges[0]!.node).toMatchObject({ id: sut.id, message: 'Client sérieux, toujours à l’heure.', creditor: { siren: creditor.siren } });

    const notices = (await db.query(`SELECT to_address, body FROM notification_emails WHERE subject_id = $1`, [sut.id])) as { to_address: string; body: string }[];
    expect(notices).toEqual([expect.objectContaining({ to_address: contactEmail.toLowerCase() })]);
    expect(notices[0]!.body).toContain(`/entreprises/${invoice.debtor.siren}`);
    const events = (await db.query(`SELECT kind, creditor_siren FROM score_events WHERE company_siren = $1 AND kind LIKE 'RECOMMENDATION%'`, [invoice.debtor.siren])) as unknown[];
    expect(events).toEqual([{ kind: 'RECOMMENDATION', creditor_siren: creditor.siren }]);
  });

  it('keeps one active recommendation per creditor and client: sending again edits it without a new score event', async () => {
    const invoice = await createInvoice(creditor.client);
    const first = await creditor.client.ok<{ recommendCompany: { id: string } }>(RECOMMEND, { input: { siren: invoice.debtor.siren, message: 'Bien.' } });
    const second = await creditor.client.ok<{ recommendCompany: { id: string; message: string } }>(RECOMMEND, { input: { siren: invoice.debtor.siren, message: 'Très bien.' } });
    expect(second.recommendCompany).toMatchObject({ id: first.recommendCompany.id, message: 'Très bien.' });
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM score_events WHERE company_siren = $1 AND kind = 'RECOMMENDATION'`, [invoice.debtor.siren])) as [{ count: number }];
    expect(count).toBe(1);
  });

  it('withdraws: gone from the public profile, a RECOMMENDATION_WITHDRAWN event recorded, and a new one may be given later', async () => {
    const invoice = await createInvoice(creditor.client);
    await creditor.client.ok(RECOMMEND, { input: { siren: invoice.debtor.siren, message: 'Bien.' } });
    const { withdrawRecommendation } = await creditor.client.ok<{ withdrawRecommendation: { status: string } }>(WITHDRAW, { input: { siren: invoice.debtor.siren } });
    expect(withdrawRecommendation.status).toBe('WITHDRAWN');
    expect((await api.client().ok<PublicRecommendations>(PUBLIC, { siren: invoice.debtor.siren })).company.recommendations.totalCount).toBe(0);
    expect(await creditor.client.error(WITHDRAW, { input: { siren: invoice.debtor.siren } })).toMatchObject({ code: 'NOT_FOUND', reason: 'RECOMMENDATION_NOT_FOUND' });
    const kinds = (await db.query(`SELECT kind FROM score_events WHERE company_siren = $1 AND kind LIKE 'RECOMMENDATION%' ORDER BY recorded_at, id`, [invoice.debtor.siren])) as { kind: string }[];
    expect(kinds.map((k) => k.kind).sort()).toEqual(['RECOMMENDATION', 'RECOMMENDATION_WITHDRAWN']);
    await creditor.client.ok(RECOMMEND, { input: { siren: invoice.debtor.siren, message: 'Finalement, oui.' } });
  });

  it('counts in the client’s score only once the creditor was paid by it', async () => {
    const invoice = await createInvoice(creditor.client, { issueDate: '2026-01-01', dueDate: '2026-02-01' });
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-01-25' } });
    await creditor.client.ok(RECOMMEND, { input: { siren: invoice.debtor.siren, message: 'Payé en avance.' } });
    const debtor = await signUpCreditor(api, { companySiren: invoice.debtor.siren });
    await verifyCompany(api, debtor);
    const score = await debtor.client.ok<{ myCompanyScore: { contributions: { kind: string; effect: number }[] } }>(`query($s: String!) { myCompanyScore(siren: $s) { contributions { kind effect } } }`, { s: invoice.debtor.siren });
    expect(score.myCompanyScore.contributions.find((c) => c.kind === 'RECOMMENDATION')?.effect).toBeGreaterThan(0);
  });

  it('refuses: no invoice to that client, an unverified creditor, itself, an empty message, no company', async () => {
    expect(await creditor.client.error(RECOMMEND, { input: { siren: uniqueSiren(), message: 'Bien.' } })).toMatchObject({ code: 'NOT_FOUND', reason: 'COMPANY_NOT_FOUND' });
    const other = await createInvoice((await signUpCreditor(api)).client);
    expect(await creditor.client.error(RECOMMEND, { input: { siren: other.debtor.siren, message: 'Bien.' } })).toMatchObject({ code: 'CONFLICT', reason: 'NO_INVOICE_WITH_DEBTOR' });
    expect(await creditor.client.error(RECOMMEND, { input: { siren: creditor.siren, message: 'Moi.' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_RECOMMENDATION' });
    const invoice = await createInvoice(creditor.client);
    expect(await creditor.client.error(RECOMMEND, { input: { siren: invoice.debtor.siren, message: '   ' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MESSAGE_INVALID' });
    const unverified = await signUpCreditor(api);
    const theirs = await createInvoice(unverified.client);
    expect(await unverified.client.error(RECOMMEND, { input: { siren: theirs.debtor.siren, message: 'Bien.' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'CREDITOR_NOT_VERIFIED' });
    expect(await api.client().error(RECOMMEND, { input: { siren: theirs.debtor.siren, message: 'Bien.' } })).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
