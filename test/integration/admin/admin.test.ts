import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePlatformRoleByEmail } from '../../../api/src/modules/admin/grant-platform-role.js';
import { PlatformRole } from '../../../api/src/modules/auth/domain/roles.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { CREATE_INVOICE, createInvoice, IMPORT_INVOICES, invoiceCsv, invoiceInput, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { REQUEST_PUBLICATION } from '../publications/support.js';
import { uniqueSiren, uniqueSuffix } from '../../support/unique.js';

const ADMIN_USERS = `query Users($query: String!, $first: Int, $after: String) { adminUsers(query: $query, first: $first, after: $after) {
  nodes { id email fullName platformRoles memberships { siren role } } pageInfo { hasNextPage endCursor } } }`;
const ADMIN_COMPANIES = `query Companies($query: String!) { adminCompanies(query: $query) { nodes { siren name memberCount walletBalance suspendedAt suspensionReason } } }`;
const SET_MODERATOR = `mutation SetModerator($input: SetModeratorInput!) { setModerator(input: $input) { id platformRoles } }`;
const SUSPEND = `mutation Suspend($input: CreditorSuspensionInput!) { suspendCreditor(input: $input) { siren suspendedAt suspensionReason } }`;
const UNSUSPEND = `mutation Unsuspend($input: CreditorSuspensionInput!) { unsuspendCreditor(input: $input) { siren suspendedAt } }`;
const ADJUST = `mutation Adjust($input: AdjustWalletInput!) { adjustWallet(input: $input) { applied balance reference } }`;
const UPSERT_PACK = `mutation Pack($input: UpsertTokenPackInput!) { upsertTokenPack(input: $input) { id name tokens priceCents } }`;
const APPLY = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id } }`;
const AUDIT = `query Audit($subjectType: String, $subjectId: String) { auditLog(subjectType: $subjectType, subjectId: $subjectId) {
  nodes { actorLabel action reason detailsJson } } }`;

type AuditNode = { actorLabel: string; action: string; reason: string | null; detailsJson: string };

describe('admin console', () => {
  let api: TestApi;
  let admin: SignedUpCreditor;

  const auditOf = async (subjectType: string, subjectId: string): Promise<AuditNode[]> =>
    (await admin.client.ok<{ auditLog: { nodes: AuditNode[] } }>(AUDIT, { subjectType, subjectId })).auditLog.nodes;

  beforeAll(async () => {
    api = await bootTestApi();
    admin = await signUpPlatformUser(api, 'ADMIN');
  });
  afterAll(() => api.close());

  it('is refused to creditors and moderators with FORBIDDEN', async () => {
    const creditor = await signUpCreditor(api);
    const moderator = await signUpPlatformUser(api, 'MODERATOR');
    for (const user of [creditor, moderator]) {
      expect(await user.client.error(ADMIN_USERS, { query: 'example' })).toMatchObject({ code: 'FORBIDDEN', reason: 'PLATFORM_ROLE_REQUIRED' });
      expect((await user.client.error(SET_MODERATOR, { input: { userId: user.userId, granted: true, reason: 'je me promeus' } })).code).toBe('FORBIDDEN');
      expect((await user.client.error(SUSPEND, { input: { siren: creditor.siren, reason: 'essai interdit' } })).code).toBe('FORBIDDEN');
    }
  });

  it('finds users by e-mail or name and grants then revokes MODERATOR, each change audited with its reason', async () => {
    const fullName = `Zoé Quasimodo ${uniqueSuffix()}`;
    const user = await signUpCreditor(api, { fullName });
    const found = await admin.client.ok<{ adminUsers: { nodes: { id: string; email: string; memberships: { siren: string; role: string }[] }[] } }>(ADMIN_USERS, { query: fullName.toUpperCase() });
    expect(found.adminUsers.nodes).toEqual([expect.objectContaining({ id: user.userId, email: user.email, memberships: [{ siren: user.siren, role: 'OWNER' }] })]);
    expect((await admin.client.ok<{ adminUsers: { nodes: unknown[] } }>(ADMIN_USERS, { query: user.email })).adminUsers.nodes).toHaveLength(1);

    expect((await user.client.error(AUDIT, {})).code).toBe('FORBIDDEN');
    const granted = await admin.client.ok<{ setModerator: { platformRoles: string[] } }>(SET_MODERATOR, { input: { userId: user.userId, granted: true, reason: 'renfort modération' } });
    expect(granted.setModerator.platformRoles).toEqual(['MODERATOR']);
    await user.client.ok(AUDIT, {}); // takes effect on the next request
    await admin.client.ok(SET_MODERATOR, { input: { userId: user.userId, granted: true, reason: 'deuxième clic' } }); // no change, no entry
    await admin.client.ok(SET_MODERATOR, { input: { userId: user.userId, granted: false, reason: 'fin de mission' } });
    expect((await user.client.error(AUDIT, {})).code).toBe('FORBIDDEN');

    const entries = await auditOf('USER', user.userId);
    expect(entries.map((entry) => [entry.action, entry.reason, entry.actorLabel])).toEqual([
      ['MODERATOR_REVOKED', 'fin de mission', admin.email],
      ['MODERATOR_GRANTED', 'renfort modération', admin.email],
    ]);
  });

  it('answers bad input with stable codes', async () => {
    const creditor = await signUpCreditor(api);
    expect(await admin.client.error(SET_MODERATOR, { input: { userId: creditor.userId, granted: true, reason: 'x' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_REASON' });
    expect(await admin.client.error(SET_MODERATOR, { input: { userId: 'not-a-uuid', granted: true, reason: 'valable' } })).toMatchObject({ code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' });
    expect(await admin.client.error(ADMIN_USERS, { query: 'a' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SEARCH' });
    expect(await admin.client.error(SUSPEND, { input: { siren: '12', reason: 'valable' } })).toMatchObject({ code: 'NOT_FOUND', reason: 'COMPANY_NOT_FOUND' });
    // A debtor the creditor named exists as a company but has no account.
    const debtorSiren = uniqueSiren();
    await createInvoice(creditor.client, { debtorSiren });
    expect(await admin.client.error(SUSPEND, { input: { siren: debtorSiren, reason: 'valable' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_CREDITOR' });
  });

  it('suspends a creditor: no new invoice, import, scenario or publication request (CREDITOR_SUSPENDED), settling still allowed; reinstating restores it', async () => {
    const creditor = await signUpCreditor(api);
    const invoice = await createInvoice(creditor.client, { contact: { name: 'Compta', email: 'compta@debiteur.test' } });

    const companies = await admin.client.ok<{ adminCompanies: { nodes: { siren: string; memberCount: number; walletBalance: number | null; suspendedAt: string | null }[] } }>(ADMIN_COMPANIES, { query: creditor.siren });
    expect(companies.adminCompanies.nodes).toEqual([expect.objectContaining({ siren: creditor.siren, memberCount: 1, walletBalance: 5, suspendedAt: null })]);

    const suspended = await admin.client.ok<{ suspendCreditor: { suspendedAt: string; suspensionReason: string } }>(SUSPEND, { input: { siren: creditor.siren, reason: 'impayés de relances signalés' } });
    expect(suspended.suspendCreditor).toMatchObject({ suspendedAt: expect.any(String), suspensionReason: 'impayés de relances signalés' });
    expect(await admin.client.error(SUSPEND, { input: { siren: creditor.siren, reason: 'encore' } })).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUSPENDED' });

    const refused = { code: 'FORBIDDEN', reason: 'CREDITOR_SUSPENDED' };
    const createError = await creditor.client.error(CREATE_INVOICE, { input: invoiceInput() });
    expect(createError).toMatchObject(refused);
    expect(createError.message).toMatch(/suspendue/);
    expect(await creditor.client.error(IMPORT_INVOICES, { input: { csv: invoiceCsv([[uniqueSiren(), 'Client', `F-${uniqueSuffix()}`, '100,00', '2026-01-01', '2026-02-01', '', '']]) } })).toMatchObject(refused);
    expect(await creditor.client.error(APPLY, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } })).toMatchObject(refused);
    // Refused before anything else is looked at (the invoice is not even eligible).
    expect(await creditor.client.error(REQUEST_PUBLICATION, { input: { invoiceId: invoice.id, statement: 'Impayé.', evidenceId: '00000000-0000-0000-0000-000000000000' } })).toMatchObject(refused);
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: invoice.issueDate } });

    await admin.client.ok(UNSUSPEND, { input: { siren: creditor.siren, reason: 'régularisé' } });
    expect(await admin.client.error(UNSUSPEND, { input: { siren: creditor.siren, reason: 'encore' } })).toMatchObject({ code: 'CONFLICT', reason: 'NOT_SUSPENDED' });
    await creditor.client.ok(CREATE_INVOICE, { input: invoiceInput() });

    const entries = await auditOf('COMPANY', creditor.siren);
    expect(entries.map((entry) => [entry.action, entry.reason])).toEqual([
      ['CREDITOR_UNSUSPENDED', 'régularisé'],
      ['CREDITOR_SUSPENDED', 'impayés de relances signalés'],
    ]);
    expect(JSON.parse(entries[0]!.detailsJson)).toMatchObject({ suspensionReason: 'impayés de relances signalés' });
  });

  it('audits wallet adjustments once per reference, and every change to the pack catalogue', async () => {
    const creditor = await signUpCreditor(api);
    const reference = `geste-${uniqueSuffix()}`;
    const input = { siren: creditor.siren, tokens: 3, reason: 'geste commercial', reference };
    expect((await admin.client.ok<{ adjustWallet: { applied: boolean; balance: number } }>(ADJUST, { input })).adjustWallet).toMatchObject({ applied: true, balance: 8 });
    expect((await admin.client.ok<{ adjustWallet: { applied: boolean } }>(ADJUST, { input })).adjustWallet.applied).toBe(false);
    const walletEntries = await auditOf('WALLET', creditor.siren);
    expect(walletEntries).toHaveLength(1);
    expect(walletEntries[0]).toMatchObject({ action: 'WALLET_ADJUSTED', reason: 'geste commercial', actorLabel: admin.email });
    expect(JSON.parse(walletEntries[0]!.detailsJson)).toEqual({ tokens: 3, reference, balanceAfter: 8 });

    const packId = `pack-${uniqueSuffix()}`;
    await admin.client.ok(UPSERT_PACK, { input: { id: packId, name: 'Essai', tokens: 10, priceCents: 1_000, active: false } });
    await admin.client.ok(UPSERT_PACK, { input: { id: packId, name: 'Essai', tokens: 12, priceCents: 1_000, active: false } });
    const packEntries = await auditOf('TOKEN_PACK', packId);
    expect(packEntries.map((entry) => entry.action)).toEqual(['TOKEN_PACK_UPDATED', 'TOKEN_PACK_CREATED']);
    const update = JSON.parse(packEntries[0]!.detailsJson) as { before: { tokens: number }; after: { tokens: number } };
    expect([update.before.tokens, update.after.tokens]).toEqual([10, 12]);
  });

  it('makes the first admin outside any session (npm run admin:grant), audited as a system action', async () => {
    const user = await signUpCreditor(api);
    const db = api.app.get(DataSource);
    const change = await changePlatformRoleByEmail(db, ` ${user.email.toUpperCase()} `, PlatformRole.ADMIN, { by: 'cli admin:grant' });
    expect(change).toEqual({ userId: user.userId, before: [], after: ['ADMIN'] });
    await user.client.ok(ADMIN_USERS, { query: 'example' });
    expect((await auditOf('USER', user.userId))[0]).toMatchObject({ action: 'ADMIN_GRANTED', actorLabel: 'système: cli admin:grant' });
    await expect(changePlatformRoleByEmail(db, 'nobody@nowhere.test', PlatformRole.ADMIN, { by: 'cli' })).rejects.toThrow(/No account/);
  });
});
