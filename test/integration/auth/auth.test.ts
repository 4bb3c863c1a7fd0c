import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { uniqueEmail, uniqueSiren } from '../../support/unique.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { id email fullName platformRoles activeCompany { siren role } memberships { siren name role } }
}`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { email activeCompany { siren role } } }`;
const ME = `query Me { me { email fullName activeCompany { siren name role } } }`;
const PASSWORD = 'correct horse battery';

describe('accounts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ env: { LOGIN_MAX_ATTEMPTS: '5' } });
  });
  afterAll(() => api.close());

  async function signUp(overrides: Record<string, unknown> = {}) {
    const client = api.client();
    const input = { email: uniqueEmail(), password: PASSWORD, fullName: 'Camille Martin', companySiren: uniqueSiren(), companyName: 'Atelier Martin', ...overrides };
    const data = await client.ok<{ signUp: { id: string; activeCompany: { siren: string; role: string } } }>(SIGN_UP, { input });
    return { client, input, me: data.signUp };
  }

  it('signs up a creditor as OWNER of a new company and keeps the session in an httpOnly cookie', async () => {
    const client = api.client();
    const siren = uniqueSiren();
    const email = uniqueEmail();
    const result = await client.request<{ signUp: { activeCompany: { siren: string; role: string } } }>(SIGN_UP, {
      input: { email: email.toUpperCase(), password: PASSWORD, fullName: '  Camille   Martin ', companySiren: siren, companyName: 'Atelier Martin' },
    });
    expect(result.data?.signUp.activeCompany).toEqual({ siren, role: 'OWNER' });
    const setCookie = result.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/bp_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const me = await client.ok<{ me: { email: string; fullName: string; activeCompany: { name: string } } }>(ME);
    expect(me.me).toMatchObject({ email, fullName: 'Camille Martin', activeCompany: { name: 'Atelier Martin' } });
  });

  it('stores an argon2id hash, never the password', async () => {
    const { input } = await signUp();
    const dataSource = api.app.get(DataSource);
    const rows: { password_hash: string }[] = await dataSource.query('SELECT password_hash FROM users WHERE email = $1', [input.email]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]?.password_hash).not.toContain(PASSWORD);
  });

  it('refuses a second account on the same e-mail with CONFLICT', async () => {
    const { input } = await signUp();
    const error = await api.client().error(SIGN_UP, { input: { ...input, companySiren: uniqueSiren() } });
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
  });

  it('refuses to make a second OWNER of a company that already has an account', async () => {
    const { input } = await signUp();
    const error = await api.client().error(SIGN_UP, { input: { ...input, email: uniqueEmail() } });
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'COMPANY_ALREADY_HAS_OWNER' });
    expect(error.message).toMatch(/invitation/);
  });

  it.each([
    ['an invalid e-mail', { email: 'not-an-email' }, 'INVALID_EMAIL'],
    ['a short password', { password: 'short' }, 'WEAK_PASSWORD'],
    ['an invalid SIREN', { companySiren: '123456789' }, undefined],
    ['an empty name', { fullName: ' ' }, 'INVALID_NAME'],
  ])('refuses %s with BAD_USER_INPUT and creates nothing', async (_label, overrides, reason) => {
    const email = uniqueEmail();
    const error = await api.client().error(SIGN_UP, {
      input: { email, password: PASSWORD, fullName: 'Camille Martin', companySiren: uniqueSiren(), ...overrides },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    if (reason) expect(error.reason).toBe(reason);
    const logIn = await api.client().request(LOG_IN, { input: { email, password: PASSWORD } });
    expect(logIn.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs in, and gives the same error for a wrong password and an unknown e-mail', async () => {
    const { input, me } = await signUp();
    const client = api.client();
    const data = await client.ok<{ logIn: { activeCompany: { siren: string } } }>(LOG_IN, { input: { email: input.email, password: PASSWORD } });
    expect(data.logIn.activeCompany.siren).toBe(me.activeCompany.siren);

    const wrongPassword = await api.client().error(LOG_IN, { input: { email: input.email, password: 'wrong password!' } });
    const unknownEmail = await api.client().error(LOG_IN, { input: { email: uniqueEmail(), password: PASSWORD } });
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHENTICATED', message: 'E-mail ou mot de passe incorrect.' });
  });

  it('rate-limits log-in after repeated failures, even with the right password', async () => {
    const { input } = await signUp();
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      codes.push((await api.client().error(LOG_IN, { input: { email: input.email, password: `wrong ${attempt}` } })).code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(15).fill('RATE_LIMITED'));
    const blocked = await api.client().error(LOG_IN, { input: { email: input.email, password: PASSWORD } });
    expect(blocked.code).toBe('RATE_LIMITED');
    expect(blocked.message).toMatch(/Réessayez dans/);
  });

  it('logs out: the cookie is cleared and the old token no longer works', async () => {
    const { client } = await signUp();
    const token = client.cookie('bp_session');
    expect(token).toBeTruthy();
    await client.ok('mutation { logOut }');
    expect((await client.ok<{ me: null }>(ME)).me).toBeNull();
    const replay = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `bp_session=${token}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await replay.json()) as { data: { me: null } }).data.me).toBeNull();
  });

  it('lets an owner invite a member who joins with the invited role', async () => {
    const { client: owner, me } = await signUp();
    const inviteeEmail = uniqueEmail('accountant');
    const invitation = await owner.ok<{ inviteMember: { token: string } }>(
      `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { token role } }`,
      { input: { email: inviteeEmail, role: 'ACCOUNTING' } },
    );
    const joined = await api.client().ok<{ signUp: { activeCompany: { siren: string; role: string } } }>(SIGN_UP, {
      input: { email: inviteeEmail, password: PASSWORD, fullName: 'Léa Comptable', invitationToken: invitation.inviteMember.token },
    });
    expect(joined.signUp.activeCompany).toEqual({ siren: me.activeCompany.siren, role: 'ACCOUNTING' });

    const reused = await api.client().error(SIGN_UP, {
      input: { email: uniqueEmail(), password: PASSWORD, fullName: 'Intrus', invitationToken: invitation.inviteMember.token },
    });
    expect(reused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INVITATION' });
  });

  it('refuses invitations from a member who is not OWNER', async () => {
    const { client: owner } = await signUp();
    const email = uniqueEmail();
    const invitation = await owner.ok<{ inviteMember: { token: string } }>(
      `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { email, role: 'SALES' } },
    );
    const sales = api.client();
    await sales.ok(SIGN_UP, { input: { email, password: PASSWORD, fullName: 'Commercial', invitationToken: invitation.inviteMember.token } });
    const error = await sales.error(`mutation { inviteMember(input: { email: "x@example.test", role: OWNER }) { token } }`);
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
  });

  it('requires a session for protected mutations', async () => {
    const error = await api.client().error(`mutation { inviteMember(input: { email: "x@example.test", role: SALES }) { token } }`);
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});
