import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { createInvoice, MARK_INVOICE_PAID, TestInvoice } from '../../support/factories/invoices.js';
import { uniqueEmail, uniqueSiren } from '../../support/unique.js';

/** Segments over GraphQL, no worker. Invoices to remind fall due in 2027, after the pipeline tests' clock. */
const DUE = '2027-03-03';
const APPLY = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id scenarioId scenarioName segment messages { id } } }`;
const BIND = `mutation Bind($input: BindScenarioToSegmentInput!) { bindScenarioToSegment(input: $input) { segment boundScenarioId scenarioId scenarioName } }`;
const BINDINGS = `query { segmentBindings { segment boundScenarioId scenarioId scenarioName } }`;
const MARK_KEY = `mutation Mark($input: MarkKeyAccountInput!) { markKeyAccount(input: $input) { debtorSiren keyAccount } }`;
const SEGMENT = `query Segment($invoiceId: ID!) { debtorSegment(invoiceId: $invoiceId) { segment reason } }`;
const SAVE = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { id } }`;

interface AppliedRun {
  scenarioId: string;
  scenarioName: string;
  segment: string | null;
}

describe('client segments', () => {
  const clock = new FixedClock(new Date('2027-02-20T10:00:00Z'));
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock, env: { SESSION_TTL_DAYS: '365' } });
  });
  afterAll(() => api.close());

  /** An open invoice to remind, due in 2027, with an email-only contact (every built-in's emails are sendable). */
  const invoiceToRemind = (creditor: SignedUpCreditor, debtorSiren: string): Promise<TestInvoice> =>
    createInvoice(creditor.client, { debtorSiren, issueDate: '2027-02-01', dueDate: DUE, contact: { email: uniqueEmail('debtor'), phone: '0611223344' } });

  /** A past invoice of the creditor to this debtor, paid `paidAt` (due 31 Dec 2026). */
  const pastInvoicePaidOn = async (creditor: SignedUpCreditor, debtorSiren: string, paidAt: string) => {
    const invoice = await createInvoice(creditor.client, { debtorSiren, issueDate: '2026-12-01', dueDate: '2026-12-31' });
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt } });
  };

  const applyWithoutScenario = async (creditor: SignedUpCreditor, invoiceId: string): Promise<AppliedRun> =>
    (await creditor.client.ok<{ applyScenario: AppliedRun }>(APPLY, { input: { invoiceId } })).applyScenario;

  it('applies the late payers’ scenario to a debtor late on half of its invoices with the creditor, and says so', async () => {
    const creditor = await signUpCreditor(api);
    const debtor = uniqueSiren();
    await pastInvoicePaidOn(creditor, debtor, '2026-12-28');
    await pastInvoicePaidOn(creditor, debtor, '2027-01-25');
    await creditor.client.ok(BIND, { input: { segment: 'LATE_PAYERS', scenarioId: 'builtin-firm' } });
    const invoice = await invoiceToRemind(creditor, debtor);

    expect((await creditor.client.ok<{ debtorSegment: unknown }>(SEGMENT, { invoiceId: invoice.id })).debtorSegment).toEqual({ segment: 'LATE_PAYERS', reason: 'LATE_WITH_CREDITOR' });
    expect(await applyWithoutScenario(creditor, invoice.id)).toMatchObject({ scenarioId: 'builtin-firm', segment: 'LATE_PAYERS' });
  });

  it('falls back to the classic scenario for a segment nobody bound, and records no segment when the scenario is named', async () => {
    const creditor = await signUpCreditor(api);
    const first = await invoiceToRemind(creditor, uniqueSiren());
    expect(await applyWithoutScenario(creditor, first.id)).toMatchObject({ scenarioId: 'builtin-classic', segment: 'GOOD_PAYERS' });

    const second = await invoiceToRemind(creditor, uniqueSiren());
    const named = await creditor.client.ok<{ applyScenario: AppliedRun }>(APPLY, { input: { invoiceId: second.id, scenarioId: 'builtin-gentle' } });
    expect(named.applyScenario).toMatchObject({ scenarioId: 'builtin-gentle', segment: null });
  });

  it('treats a debtor on the key-accounts list as a key account until it is taken off, whatever its history', async () => {
    const creditor = await signUpCreditor(api);
    const debtor = uniqueSiren();
    await pastInvoicePaidOn(creditor, debtor, '2027-01-25');
    await pastInvoicePaidOn(creditor, debtor, '2027-01-26');
    const { saveScenario } = await creditor.client.ok<{ saveScenario: { id: string } }>(SAVE, {
      input: { name: 'Grands comptes', steps: [{ offsetDays: 3, channel: 'EMAIL', tone: 'GOOD', subject: 'Facture {{invoiceNumber}}', body: 'Bonjour {{clientName}}.' }] },
    });
    await creditor.client.ok(BIND, { input: { segment: 'KEY_ACCOUNTS', scenarioId: saveScenario.id } });
    expect((await creditor.client.ok<{ markKeyAccount: unknown }>(MARK_KEY, { input: { debtorSiren: debtor, keyAccount: true } })).markKeyAccount).toEqual({ debtorSiren: debtor, keyAccount: true });

    const invoice = await invoiceToRemind(creditor, debtor);
    expect((await creditor.client.ok<{ debtorSegment: unknown }>(SEGMENT, { invoiceId: invoice.id })).debtorSegment).toEqual({ segment: 'KEY_ACCOUNTS', reason: 'MARKED_KEY_ACCOUNT' });
    expect(await applyWithoutScenario(creditor, invoice.id)).toMatchObject({ scenarioId: saveScenario.id, scenarioName: 'Grands comptes', segment: 'KEY_ACCOUNTS' });

    await creditor.client.ok(MARK_KEY, { input: { debtorSiren: debtor, keyAccount: false } });
    expect((await creditor.client.ok<{ debtorSegment: { segment: string } }>(SEGMENT, { invoiceId: invoice.id })).debtorSegment.segment).toBe('LATE_PAYERS');
  });

  it('makes a debtor whose materialised score is low, on enough data, a late payer', async () => {
    const creditor = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const invoice = await invoiceToRemind(creditor, debtor);
    await api.app.get(DataSource).query(
      `INSERT INTO company_scores (siren, value, grade, confidence, enough_data, trend_direction, trend_delta, contributions, as_of, computed_at, events_count)
       VALUES ($1, 31.5, 'E', 0.8, true, 'DOWN', -4, '[]', '2027-02-20', now(), 12)`,
      [debtor],
    );
    expect((await creditor.client.ok<{ debtorSegment: unknown }>(SEGMENT, { invoiceId: invoice.id })).debtorSegment).toEqual({ segment: 'LATE_PAYERS', reason: 'LOW_SCORE' });
  });

  it('lists the three segments with their bound or fallback scenario, each creditor its own', async () => {
    const creditor = await signUpCreditor(api);
    await creditor.client.ok(BIND, { input: { segment: 'KEY_ACCOUNTS', scenarioId: 'builtin-gentle' } });
    await creditor.client.ok(BIND, { input: { segment: 'KEY_ACCOUNTS', scenarioId: 'builtin-firm' } });
    const { segmentBindings } = await creditor.client.ok<{ segmentBindings: { segment: string; boundScenarioId: string | null; scenarioId: string }[] }>(BINDINGS);
    expect(segmentBindings.map(({ segment, boundScenarioId, scenarioId }) => ({ segment, boundScenarioId, scenarioId }))).toEqual([
      { segment: 'GOOD_PAYERS', boundScenarioId: null, scenarioId: 'builtin-classic' },
      { segment: 'KEY_ACCOUNTS', boundScenarioId: 'builtin-firm', scenarioId: 'builtin-firm' },
      { segment: 'LATE_PAYERS', boundScenarioId: null, scenarioId: 'builtin-classic' },
    ]);
    const other = await signUpCreditor(api);
    const theirs = await other.client.ok<{ segmentBindings: { boundScenarioId: string | null }[] }>(BINDINGS);
    expect(theirs.segmentBindings.every((binding) => binding.boundScenarioId === null)).toBe(true);
  });

  it('refuses to bind another creditor’s scenario and to mark an invalid or unknown SIREN', async () => {
    const owner = await signUpCreditor(api);
    const { saveScenario } = await owner.client.ok<{ saveScenario: { id: string } }>(SAVE, {
      input: { name: 'Privé', steps: [{ offsetDays: 3, channel: 'EMAIL', tone: 'BAD', subject: 'Facture', body: 'Bonjour.' }] },
    });
    const other = await signUpCreditor(api);
    expect(await other.client.error(BIND, { input: { segment: 'GOOD_PAYERS', scenarioId: saveScenario.id } })).toMatchObject({ code: 'NOT_FOUND', reason: 'SCENARIO_NOT_FOUND' });
    expect(await other.client.error(MARK_KEY, { input: { debtorSiren: '123456789', keyAccount: true } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SIREN_INVALID' });
    expect(await other.client.error(MARK_KEY, { input: { debtorSiren: uniqueSiren(), keyAccount: true } })).toMatchObject({ code: 'NOT_FOUND', reason: 'COMPANY_NOT_FOUND' });
  });
});
