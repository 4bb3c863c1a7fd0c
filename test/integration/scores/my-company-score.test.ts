import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { createInvoice, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueSuffix } from '../../support/unique.js';
import { MY_COMPANY_SCORE, NOW } from './support.js';

interface MyScore {
  siren: string;
  asOf: string;
  value: number;
  grade: string;
  enoughData: boolean;
  contributions: { kind: string; label: string; effect: number; date: string; creditor: string; invoiceNumber: string | null }[];
  improvementPlan: { invoiceNumber: string; creditor: string; amountCents: number; daysLate: number; scoreIfPaidToday: number; gain: number }[];
}

describe('myCompanyScore', () => {
  let api: TestApi;
  let debtor: SignedUpCreditor;
  let creditor: SignedUpCreditor;
  const creditorName = `Fournisseuse Zxqv ${uniqueSuffix()}`;

  beforeAll(async () => {
    api = await bootTestApi({ clock: new FixedClock(NOW) });
    debtor = await signUpCreditor(api);
    await verifyCompany(api, debtor);
    creditor = await signUpCreditor(api, { companyName: creditorName });
    const late = await createInvoice(creditor.client, { debtorSiren: debtor.siren, number: 'F-LATE', issueDate: '2026-01-05', dueDate: '2026-02-04', amountCents: 90_000 });
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: late.id, paidAt: '2026-02-24' } });
    await createInvoice(creditor.client, { debtorSiren: debtor.siren, number: 'F-OPEN', issueDate: '2026-01-20', dueDate: '2026-02-08', amountCents: 250_000 });
  });
  afterAll(() => api.close());

  it('explains the score of its own company to a member: labels, creditor, invoice, and what to pay first', async () => {
    const { myCompanyScore: sut } = await debtor.client.ok<{ myCompanyScore: MyScore }>(MY_COMPANY_SCORE, { siren: debtor.siren });

    expect(sut).toMatchObject({ siren: debtor.siren, asOf: '2026-03-10', enoughData: false });
    const total = sut.contributions.reduce((sum, c) => sum + c.effect, 0);
    expect(Math.round((70 + total) * 10) / 10).toBe(sut.value);
    expect(sut.contributions).toContainEqual(
      expect.objectContaining({ kind: 'INVOICE_PAID', label: "Facture payée 20 jours après l'échéance", date: '2026-02-24', creditor: creditorName, invoiceNumber: 'F-LATE' }),
    );
    expect(sut.contributions).toContainEqual(
      expect.objectContaining({ kind: 'INVOICE_OPEN_OVERDUE', label: 'Facture impayée, en retard de 30 jours', creditor: creditorName, invoiceNumber: 'F-OPEN' }),
    );
    expect(sut.improvementPlan).toEqual([
      expect.objectContaining({ invoiceNumber: 'F-OPEN', creditor: creditorName, amountCents: 250_000, daysLate: 30 }),
    ]);
    expect(sut.improvementPlan[0]!.gain).toBeGreaterThan(0);
    expect(sut.improvementPlan[0]!.scoreIfPaidToday).toBeCloseTo(sut.value + sut.improvementPlan[0]!.gain, 1);
  });

  it('accepts a SIREN written with spaces', async () => {
    const spaced = `${debtor.siren.slice(0, 3)} ${debtor.siren.slice(3, 6)} ${debtor.siren.slice(6)}`;
    const { myCompanyScore } = await debtor.client.ok<{ myCompanyScore: MyScore }>(MY_COMPANY_SCORE, { siren: spaced });
    expect(myCompanyScore.siren).toBe(debtor.siren);
  });

  it('refuses a member whose claim to the company is not verified', async () => {
    const unverified = await signUpCreditor(api);
    expect(await unverified.client.error(MY_COMPANY_SCORE, { siren: unverified.siren })).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
  });

  it('refuses anyone who is not a member of the company with FORBIDDEN', async () => {
    expect(await creditor.client.error(MY_COMPANY_SCORE, { siren: debtor.siren })).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    expect(await api.client().error(MY_COMPANY_SCORE, { siren: debtor.siren })).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a malformed SIREN with BAD_USER_INPUT', async () => {
    expect(await debtor.client.error(MY_COMPANY_SCORE, { siren: '123456789' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SIREN_INVALID' });
  });
});
