import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { IMPORT_INVOICES, invoiceCsv, INVOICES } from '../../support/factories/invoices.js';
import { uniqueSiren, uniqueSuffix } from '../../support/unique.js';
import { books, WALLET } from './support.js';

const APPLY = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id tokenSpent } }`;

/** The wallet holds under concurrent GraphQL traffic, not only at the service level. */
describe('applyScenario against the wallet', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Due dates in 2027: every step lies ahead, nothing is sent.
    api = await bootTestApi({ env: { SIGNUP_FREE_TOKENS: '10', DATABASE_POOL_SIZE: '10' } });
  });
  afterAll(() => api?.close());

  it('puts exactly 10 of 100 concurrent invoices under a scenario on a 10-token wallet', async () => {
    const creditor = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const run = uniqueSuffix();
    const rows = Array.from({ length: 100 }, (_, index) => [
      debtor, 'Débitrice Zxqv', `C-${run}-${index}`, '150,00', '2027-01-04', '2027-02-04', `compta-${run}@example.test`, '0611223344',
    ]);
    const imported = await creditor.client.ok<{ importInvoices: { created: number } }>(IMPORT_INVOICES, { input: { csv: invoiceCsv(rows) } });
    expect(imported.importInvoices.created).toBe(100);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: { invoices: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await creditor.client.ok(INVOICES, { filter: { debtorSiren: debtor }, first: 100, after });
      ids.push(...page.invoices.edges.map((edge) => edge.node.id));
      after = page.invoices.pageInfo.hasNextPage ? page.invoices.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toHaveLength(100);

    const results = await Promise.all(
      ids.map((invoiceId) => creditor.client.request(APPLY, { input: { invoiceId, scenarioId: 'builtin-classic' } })),
    );
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(10);
    expect(codes.filter((code) => code === 'INSUFFICIENT_TOKENS')).toHaveLength(90);

    const { wallet } = await creditor.client.ok<{ wallet: { balance: number } }>(WALLET, {});
    expect(wallet.balance).toBe(0);
    expect(await books(api, creditor.siren)).toMatchObject({ balance: 0, ledgerSum: 0, entries: 11 });
  });
});
