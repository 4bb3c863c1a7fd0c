import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { inviteMember, signUpCreditor, TEST_PASSWORD } from '../../support/factories/accounts.js';
import { createInvoice } from '../../support/factories/invoices.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';

const EXPORT = `query { myPersonalData }`;
const DELETE = `mutation Delete($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
const ME = `query { me { id } }`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`;
const APPLY = `mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id } }`;
const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
const AUDIT = `query Audit($subjectId: String) { auditLog(subjectType: "USER", subjectId: $subjectId) { nodes { action actorLabel detailsJson } } }`;

describe('personal data', () => {
  let api: TestApi;
  let db: DataSource;
  beforeAll(async () => {
    api = await bootTestApi();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('exports everything about the user as JSON, without secrets', async () => {
    const owner = await signUpCreditor(api);
    const invoice = await createInvoice(owner.client, { contact: { name: 'Compta', email: 'compta@debiteur.test', phone: '0612345678' } });
    const run = await owner.client.ok<{ applyScenario: { id: string } }>(APPLY, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    await owner.client.ok(INVITE, { input: { email: 'futur.membre@example.test', role: 'SALES' } });

    const { myPersonalData } = await owner.client.ok<{ myPersonalData: string }>(EXPORT);
    const data = JSON.parse(myPersonalData) as Record<string, { [key: string]: unknown }[]> & { account: Record<string, unknown> };
    expect(data.account).toMatchObject({ id: owner.userId, email: owner.email, fullName: 'Camille Martin', platformRoles: [] });
    expect(data.memberships).toEqual([expect.objectContaining({ company_siren: owner.siren, role: 'OWNER' })]);
    expect(data.sessions).toHaveLength(1);
    expect(data.invoicesCreated!.map((row) => row.id)).toEqual([invoice.id]);
    expect(data.reminderRunsStarted!.map((row) => row.id)).toEqual([run.applyScenario.id]);
    expect(data.invitationsSent).toEqual([expect.objectContaining({ email: 'futur.membre@example.test', role: 'SALES' })]);
    expect(data.tokenLedgerEntries).toEqual([]);
    expect(myPersonalData).not.toMatch(/password_hash|token_hash|\$argon2/);
    expect(myPersonalData).not.toContain(owner.client.cookie('bp_session')!);
  });

  it('refuses deletion without the right password', async () => {
    const user = await signUpCreditor(api);
    expect(await user.client.error(DELETE, { input: { password: 'not my password' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_PASSWORD' });
    expect((await user.client.ok<{ me: { id: string } | null }>(ME)).me?.id).toBe(user.userId);
  });

  it('deletes the person and keeps invoices, ledger, runs and the audit trail with their company, detached', async () => {
    const owner = await signUpCreditor(api);
    const member = await inviteMember(api, owner, 'ACCOUNTING');
    const invoice = await createInvoice(owner.client, { contact: { name: 'Compta', email: 'compta@debiteur.test', phone: '0612345678' } });
    await owner.client.ok(APPLY, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    const admin = await signUpPlatformUser(api, 'ADMIN');
    await admin.client.ok(`mutation A($input: AdjustWalletInput!) { adjustWallet(input: $input) { applied } }`, { input: { siren: owner.siren, tokens: 2, reason: 'geste' } });
    const ledgerBefore = await db.query(`SELECT id, delta, balance_after FROM token_ledger_entries WHERE company_siren = $1 ORDER BY id`, [owner.siren]);

    expect((await owner.client.ok<{ deleteMyAccount: boolean }>(DELETE, { input: { password: TEST_PASSWORD } })).deleteMyAccount).toBe(true);

    // The person is gone: no session, no log-in, no row naming them.
    expect((await owner.client.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect((await api.client().error(LOG_IN, { input: { email: owner.email, password: TEST_PASSWORD } })).code).toBe('UNAUTHENTICATED');
    expect(await db.query(`SELECT 1 FROM users WHERE id = $1 OR email = $2`, [owner.userId, owner.email])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM memberships WHERE user_id = $1`, [owner.userId])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [owner.userId])).toEqual([]);

    // What the company and accounting law need stays, detached from the person.
    expect(await db.query(`SELECT created_by, status FROM invoices WHERE id = $1`, [invoice.id])).toEqual([{ created_by: null, status: 'OPEN' }]);
    expect(await db.query(`SELECT created_by FROM reminder_runs WHERE invoice_id = $1`, [invoice.id])).toEqual([{ created_by: null }]);
    expect(await db.query(`SELECT id, delta, balance_after FROM token_ledger_entries WHERE company_siren = $1 ORDER BY id`, [owner.siren])).toEqual(ledgerBefore);
    // The member invited by the deleted owner keeps working for the company.
    expect(await db.query(`SELECT invited_by FROM invitations WHERE company_siren = $1`, [owner.siren])).toEqual([{ invited_by: null }]);
    await member.client.ok(`query { invoices { totalCount } }`);

    const [deletion] = (await admin.client.ok<{ auditLog: { nodes: { action: string; actorLabel: string; detailsJson: string }[] } }>(AUDIT, { subjectId: owner.userId })).auditLog.nodes;
    expect(deletion).toMatchObject({ action: 'ACCOUNT_DELETED', actorLabel: 'système: suppression de compte demandée par la personne' });
    expect(deletion!.detailsJson).not.toContain(owner.email);
    expect(JSON.parse(deletion!.detailsJson)).toEqual({ companies: [{ siren: owner.siren, role: 'OWNER' }] });
  });
});
