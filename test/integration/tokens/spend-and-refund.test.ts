import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokensException } from '../../../api/src/modules/tokens/tokens.exception.js';
import { TokensService } from '../../../api/src/modules/tokens/tokens.service.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { ADJUST_WALLET, books, makePlatformAdmin } from './support.js';

/** Brings a fresh creditor's wallet to `tokens` through an admin adjustment. */
async function creditorWithTokens(api: TestApi, admin: Awaited<ReturnType<typeof signUpCreditor>>, tokens: number): Promise<string> {
  const creditor = await signUpCreditor(api);
  const delta = tokens - 5;
  if (delta !== 0) await admin.client.ok(ADJUST_WALLET, { input: { siren: creditor.siren, tokens: delta, reason: 'Mise en place du test' } });
  expect((await books(api, creditor.siren)).balance).toBe(tokens);
  return creditor.siren;
}

describe('spending and refunding tokens for reminder runs', () => {
  let api: TestApi;
  let db: DataSource;
  let sut: TokensService;
  let admin: Awaited<ReturnType<typeof signUpCreditor>>;

  beforeAll(async () => {
    // A pool wide enough for the concurrent spends to really contend in PostgreSQL.
    api = await bootTestApi({ env: { DATABASE_POOL_SIZE: '25' } });
    db = api.app.get(DataSource);
    sut = api.app.get(TokensService);
    admin = await signUpCreditor(api);
    await makePlatformAdmin(api, admin.userId);
  });
  afterAll(() => api.close());

  const spend = (siren: string, runId: string) => db.transaction((manager) => sut.spendForRun(manager, siren, runId));
  const refund = (siren: string, runId: string) => db.transaction((manager) => sut.refundRun(manager, siren, runId));

  it('lets exactly 10 of 100 concurrent spends through a 10-token wallet; the others get INSUFFICIENT_TOKENS', async () => {
    const siren = await creditorWithTokens(api, admin, 10);

    const results = await Promise.allSettled(Array.from({ length: 100 }, () => spend(siren, randomUUID())));

    const succeeded = results.filter((result) => result.status === 'fulfilled');
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    expect(succeeded).toHaveLength(10);
    expect(refused).toHaveLength(90);
    for (const error of refused) {
      expect(error).toBeInstanceOf(TokensException);
      expect((error as TokensException).publicCode).toBe('INSUFFICIENT_TOKENS');
    }
    const balancesAfter = succeeded.map((result) => (result as PromiseFulfilledResult<{ balanceAfter: number }>).value.balanceAfter);
    expect(balancesAfter.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await books(api, siren)).toEqual({ balance: 0, ledgerSum: 0, entries: 2 + 10 });
    expect(await sut.findBalanceMismatches(siren)).toEqual([]);
  });

  it('says how many tokens are left and which pack covers the need when the wallet is empty', async () => {
    const siren = await creditorWithTokens(api, admin, 0);
    const error = await spend(siren, randomUUID()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokensException);
    expect(error).toMatchObject({
      publicCode: 'INSUFFICIENT_TOKENS',
      reason: 'INSUFFICIENT_TOKENS',
      details: { balance: 0, required: 1, cheapestPack: { packId: 'pack-10', tokens: 10, priceCents: 3000, totalCents: 3600 } },
    });
    expect(await books(api, siren)).toMatchObject({ balance: 0, ledgerSum: 0 });
  });

  it('charges a run once however many times it is retried, even concurrently', async () => {
    const siren = await creditorWithTokens(api, admin, 3);
    const runId = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => spend(siren, runId)));
    expect(new Set(results.map((result) => result.balanceAfter))).toEqual(new Set([2]));
    expect(await spend(siren, runId)).toEqual({ balanceAfter: 2 });
    expect(await books(api, siren)).toMatchObject({ balance: 2, ledgerSum: 2 });
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM token_ledger_entries WHERE reason = 'INVOICE_PROCESSING' AND reference = $1`, [runId])) as [{ count: number }];
    expect(count).toBe(1);
  });

  it('replays a charged run even once the wallet is empty, rather than refusing it', async () => {
    const siren = await creditorWithTokens(api, admin, 1);
    const runId = randomUUID();
    expect(await spend(siren, runId)).toEqual({ balanceAfter: 0 });
    expect(await spend(siren, runId)).toEqual({ balanceAfter: 0 });
  });

  it('writes nothing when the caller rolls its transaction back', async () => {
    const siren = await creditorWithTokens(api, admin, 2);
    await expect(
      db.transaction(async (manager) => {
        await sut.spendForRun(manager, siren, randomUUID());
        throw new Error('the run could not be created');
      }),
    ).rejects.toThrow('the run could not be created');
    expect(await books(api, siren)).toMatchObject({ balance: 2, ledgerSum: 2 });
  });

  it('refunds a run exactly once, even when the refund is requested concurrently', async () => {
    const siren = await creditorWithTokens(api, admin, 2);
    const runId = randomUUID();
    await spend(siren, runId);

    const refunds = await Promise.all(Array.from({ length: 8 }, () => refund(siren, runId)));
    expect(refunds.filter(Boolean)).toHaveLength(1);
    expect(await refund(siren, runId)).toBe(false);
    expect(await books(api, siren)).toMatchObject({ balance: 2, ledgerSum: 2 });
    // Spending the same run again after its refund is a replay, not a new charge.
    expect(await spend(siren, runId)).toEqual({ balanceAfter: 1 });
    expect(await books(api, siren)).toMatchObject({ balance: 2 });
  });

  it("refunds nothing for a run never charged, nor for another company's run", async () => {
    const siren = await creditorWithTokens(api, admin, 2);
    const other = await creditorWithTokens(api, admin, 2);
    const runId = randomUUID();
    expect(await refund(siren, randomUUID())).toBe(false);
    await spend(other, runId);
    expect(await refund(siren, runId)).toBe(false);
    expect(await books(api, siren)).toMatchObject({ balance: 2, ledgerSum: 2 });
    expect(await books(api, other)).toMatchObject({ balance: 1, ledgerSum: 1 });
  });

  it('keeps ledger entries immutable and the balance non-negative at the database level', async () => {
    const siren = await creditorWithTokens(api, admin, 1);
    await expect(db.query(`UPDATE token_ledger_entries SET delta = 100 WHERE company_siren = $1`, [siren])).rejects.toThrow(/immutable/);
    await expect(db.query(`DELETE FROM token_ledger_entries WHERE company_siren = $1`, [siren])).rejects.toThrow(/immutable/);
    await expect(db.query(`UPDATE token_wallets SET balance = -1 WHERE company_siren = $1`, [siren])).rejects.toThrow(/token_wallets_balance_not_negative/);
  });

  it('finds a wallet whose cached balance drifted from its ledger', async () => {
    const siren = await creditorWithTokens(api, admin, 4);
    expect(await sut.findBalanceMismatches(siren)).toEqual([]);
    await db.query(`UPDATE token_wallets SET balance = balance + 1 WHERE company_siren = $1`, [siren]);
    expect(await sut.findBalanceMismatches(siren)).toEqual([{ siren, balance: 5, ledgerSum: 4 }]);
    await db.query(`UPDATE token_wallets SET balance = balance - 1 WHERE company_siren = $1`, [siren]);
  });
});
