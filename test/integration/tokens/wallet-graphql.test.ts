import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokensService } from '../../../api/src/modules/tokens/tokens.service.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import {
  ADJUST_WALLET, books, BUY_TOKEN_PACK, inviteMember, makePlatformAdmin, readWallet, RECEIPTS, TOKEN_PACKS, UPSERT_TOKEN_PACK,
} from './support.js';

describe('the wallet over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let tokens: TokensService;
  let admin: SignedUpCreditor;

  beforeAll(async () => {
    api = await bootTestApi();
    db = api.app.get(DataSource);
    tokens = api.app.get(TokensService);
    admin = await signUpCreditor(api);
    await makePlatformAdmin(api, admin.userId);
  });
  afterAll(() => api.close());

  const spend = (siren: string, runId: string = randomUUID()) => db.transaction((manager) => tokens.spendForRun(manager, siren, runId));

  it('grants the sign-up tokens once to a new creditor company, and nothing to an invited member', async () => {
    const owner = await signUpCreditor(api);
    const wallet = await readWallet(owner.client);
    expect(wallet).toMatchObject({ companySiren: owner.siren, balance: 5 });
    expect(wallet.ledger.edges.map((edge) => edge.node)).toMatchObject([
      { reason: 'SIGNUP_GRANT', reference: owner.siren, delta: 5, balanceAfter: 5, note: null },
    ]);

    const member = await inviteMember(api, owner.client, 'ACCOUNTING');
    expect(await readWallet(member)).toMatchObject({ companySiren: owner.siren, balance: 5 });
    // Granting again (a retried sign-up transaction) changes nothing.
    await db.transaction((manager) => tokens.grantSignup(manager, owner.siren));
    expect(await books(api, owner.siren)).toEqual({ balance: 5, ledgerSum: 5, entries: 1 });
  });

  it('grants the configured number of free tokens', async () => {
    const other = await bootTestApi({ env: { SIGNUP_FREE_TOKENS: '12' } });
    try {
      const owner = await signUpCreditor(other);
      expect((await readWallet(owner.client)).balance).toBe(12);
    } finally {
      await other.close();
    }
  });

  it('lists the ledger newest first with running balances, by pages, filtered by reason and dates', async () => {
    const owner = await signUpCreditor(api);
    for (let i = 0; i < 4; i += 1) await spend(owner.siren);
    await owner.client.ok(BUY_TOKEN_PACK, { input: { packId: 'pack-10' } });

    const firstPage = await readWallet(owner.client, { first: 4 });
    expect(firstPage.balance).toBe(11);
    expect(firstPage.ledger.totalCount).toBe(6);
    expect(firstPage.ledger.edges.map((edge) => [edge.node.reason, edge.node.delta, edge.node.balanceAfter])).toEqual([
      ['PACK_PURCHASE', 10, 11],
      ['INVOICE_PROCESSING', -1, 1],
      ['INVOICE_PROCESSING', -1, 2],
      ['INVOICE_PROCESSING', -1, 3],
    ]);
    expect(firstPage.ledger.pageInfo.hasNextPage).toBe(true);
    const secondPage = await readWallet(owner.client, { first: 4, after: firstPage.ledger.pageInfo.endCursor });
    expect(secondPage.ledger.edges.map((edge) => [edge.node.reason, edge.node.balanceAfter])).toEqual([
      ['INVOICE_PROCESSING', 4],
      ['SIGNUP_GRANT', 5],
    ]);
    expect(secondPage.ledger.pageInfo).toEqual({ hasNextPage: false, endCursor: secondPage.ledger.edges[1]!.cursor });

    const spends = await readWallet(owner.client, { filter: { reasons: ['INVOICE_PROCESSING'] } });
    expect(spends.ledger.totalCount).toBe(4);
    const future = await readWallet(owner.client, { filter: { from: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(future.ledger.totalCount).toBe(0);
    const past = await readWallet(owner.client, { filter: { to: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(past.ledger.totalCount).toBe(6);
    expect(await owner.client.error(`query { wallet(first: 101) { balance } }`)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await owner.client.error(`query { wallet(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { balance } }`),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_RANGE' });
  });

  it('exports the ledger as CSV with a French header, neutralising spreadsheet formulas', async () => {
    const owner = await signUpCreditor(api);
    await spend(owner.siren, 'run-csv-1');
    await admin.client.ok(ADJUST_WALLET, { input: { siren: owner.siren, tokens: 3, reason: '=HYPERLINK("x") geste commercial' } });

    const { walletCsv } = await owner.client.ok<{ walletCsv: string }>(`query { walletCsv }`);
    const lines = walletCsv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date;motif;code_motif;reference;mouvement;solde;commentaire');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[^;]+;"Ajustement";ADJUSTMENT;"[^"]+";3;7;"'=HYPERLINK\(""x""\) geste commercial"$/);
    expect(lines[2]).toMatch(/;"Facture mise sous scénario";INVOICE_PROCESSING;"run-csv-1";-1;4;""$/);
    const filtered = await owner.client.ok<{ walletCsv: string }>(`query { walletCsv(filter: { reasons: [SIGNUP_GRANT] }) }`);
    expect(filtered.walletCsv.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it("never shows one creditor another's wallet or receipts", async () => {
    const alice = await signUpCreditor(api);
    const bob = await signUpCreditor(api);
    await alice.client.ok(BUY_TOKEN_PACK, { input: { packId: 'pack-50' } });
    await spend(alice.siren, 'run-alice-private');

    const bobWallet = await readWallet(bob.client);
    expect(bobWallet).toMatchObject({ companySiren: bob.siren, balance: 5 });
    expect(bobWallet.ledger.edges.map((edge) => edge.node.reason)).toEqual(['SIGNUP_GRANT']);
    const bobReceipts = await bob.client.ok<{ receipts: { edges: unknown[] } }>(RECEIPTS);
    expect(bobReceipts.receipts.edges).toEqual([]);
    expect((await bob.client.ok<{ walletCsv: string }>(`query { walletCsv }`)).walletCsv).not.toContain('run-alice-private');
    expect(await api.client().error(`query { wallet { balance } }`)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets OWNER and ACCOUNTING buy; SALES sees the balance but can neither buy nor read receipts', async () => {
    const owner = await signUpCreditor(api);
    const accounting = await inviteMember(api, owner.client, 'ACCOUNTING');
    const sales = await inviteMember(api, owner.client, 'SALES');
    expect((await accounting.ok<{ buyTokenPack: { status: string } }>(BUY_TOKEN_PACK, { input: { packId: 'pack-10' } })).buyTokenPack.status).toBe('PAID');
    expect((await readWallet(sales)).balance).toBe(15);
    expect(await sales.error(BUY_TOKEN_PACK, { input: { packId: 'pack-10' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    expect(await sales.error(RECEIPTS)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await books(api, owner.siren)).toMatchObject({ balance: 15 });
  });

  it('lets only a platform ADMIN adjust a wallet, with a reason, once per reference, never below zero', async () => {
    const owner = await signUpCreditor(api);
    const input = { siren: owner.siren, tokens: 20, reason: 'Geste commercial après incident', reference: `ticket-${randomUUID()}` };

    expect(await owner.client.error(ADJUST_WALLET, { input })).toMatchObject({ code: 'FORBIDDEN', reason: 'PLATFORM_ADMIN_ONLY' });
    expect(await admin.client.ok(ADJUST_WALLET, { input })).toEqual({ adjustWallet: { siren: owner.siren, reference: input.reference, applied: true, balance: 25 } });
    expect(await admin.client.ok(ADJUST_WALLET, { input })).toEqual({ adjustWallet: { siren: owner.siren, reference: input.reference, applied: false, balance: 25 } });
    expect(await admin.client.error(ADJUST_WALLET, { input: { siren: owner.siren, tokens: -26, reason: 'Correction' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ADJUSTMENT_BELOW_ZERO',
      extensions: { balance: 25 },
    });
    expect(await admin.client.error(ADJUST_WALLET, { input: { siren: owner.siren, tokens: 0, reason: 'Rien' } })).toMatchObject({ reason: 'INVALID_ADJUSTMENT' });
    expect(await admin.client.error(ADJUST_WALLET, { input: { siren: owner.siren, tokens: 1, reason: ' ' } })).toMatchObject({ reason: 'INVALID_ADJUSTMENT' });

    const wallet = await readWallet(owner.client);
    expect(wallet.ledger.edges[0]!.node).toMatchObject({ reason: 'ADJUSTMENT', delta: 20, balanceAfter: 25, note: 'Geste commercial après incident' });
    expect(await books(api, owner.siren)).toEqual({ balance: 25, ledgerSum: 25, entries: 2 });
  });

  it('shows the pack catalogue with VAT, and lets only an ADMIN edit it', async () => {
    const owner = await signUpCreditor(api);
    const { tokenPacks } = await owner.client.ok<{ tokenPacks: { id: string; tokens: number; priceCents: number; vatCents: number; totalCents: number; unitPriceCents: number }[] }>(TOKEN_PACKS);
    expect(tokenPacks.filter((pack) => pack.id.startsWith('pack-') && !pack.id.startsWith('pack-test'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'pack-10', tokens: 10, priceCents: 3000, vatCents: 600, totalCents: 3600, unitPriceCents: 300 }),
        expect.objectContaining({ id: 'pack-50', tokens: 50, priceCents: 12500, vatCents: 2500, totalCents: 15000, unitPriceCents: 250 }),
        expect.objectContaining({ id: 'pack-200', tokens: 200, priceCents: 40000, vatCents: 8000, totalCents: 48000, unitPriceCents: 200 }),
      ]),
    );

    const pack = { id: `pack-test-${Date.now().toString(36)}`, name: 'Pack essai', tokens: 3, priceCents: 999, active: false };
    expect(await owner.client.error(UPSERT_TOKEN_PACK, { input: pack })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await owner.client.error(TOKEN_PACKS, { includeInactive: true })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await admin.client.ok(UPSERT_TOKEN_PACK, { input: pack })).toEqual({
      upsertTokenPack: { id: pack.id, name: 'Pack essai', tokens: 3, priceCents: 999, vatCents: 200, totalCents: 1199, active: false },
    });
    // Withdrawn: neither listed to creditors nor on sale.
    const listed = await owner.client.ok<{ tokenPacks: { id: string }[] }>(TOKEN_PACKS);
    expect(listed.tokenPacks.map((p) => p.id)).not.toContain(pack.id);
    expect(await owner.client.error(BUY_TOKEN_PACK, { input: { packId: pack.id } })).toMatchObject({ reason: 'PACK_NOT_FOUND' });
    const all = await admin.client.ok<{ tokenPacks: { id: string }[] }>(TOKEN_PACKS, { includeInactive: true });
    expect(all.tokenPacks.map((p) => p.id)).toContain(pack.id);
    expect(await admin.client.error(UPSERT_TOKEN_PACK, { input: { ...pack, id: 'Bad Id', tokens: 0 } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PACK' });
  });
});
