import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, type TestApi } from '../support/boot-api.js';
import { signUpCreditor, TEST_PASSWORD } from '../support/factories/accounts.js';
import { uniqueEmail, uniqueSiren } from '../support/unique.js';

/*
 * Cookie-authenticated mutations cannot be forged from another site: Apollo's csrfPrevention
 * refuses any request a browser could send cross-site without a preflight (GET, or POST with a
 * "simple" content type) unless it carries a non-simple content type or `apollo-require-preflight`;
 * the web client posts application/json (web/src/lib/apollo-client.ts, Apollo HttpLink), so it is
 * unaffected. The session cookie is HttpOnly and SameSite=Lax (never sent on cross-site POSTs),
 * Secure in production.
 */

let api: TestApi;

beforeAll(async () => {
  api = await bootTestApi();
});

afterAll(async () => {
  await api?.close();
});

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }`;

describe('CSRF', () => {
  it('refuses a cookie-carrying mutation sent as a simple cross-site request (form or text/plain POST, GET)', async () => {
    const creditor = await signUpCreditor(api);
    const cookie = `bp_session=${creditor.client.cookie('bp_session') ?? ''}`;
    expect(creditor.client.cookie('bp_session')).toBeTruthy();
    const mutation = JSON.stringify({ query: 'mutation { logOut }' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie }, body: mutation });
      expect(response.status, contentType).toBe(400);
      expect(await response.text(), contentType).toMatch(/CSRF|preflight/i);
    }
    const viaGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { logOut }')}`, { headers: { cookie } });
    expect(viaGet.status).toBe(400);
    // The session survived every attempt: logOut never ran.
    expect((await creditor.client.ok<{ me: { id: string } | null }>('query { me { id } }')).me?.id).toBe(creditor.userId);
  });

  it('accepts the web client’s own requests (JSON POST)', async () => {
    const creditor = await signUpCreditor(api);
    expect((await creditor.client.ok<{ me: { id: string } }>('query { me { id } }')).me.id).toBe(creditor.userId);
  });
});

describe('session cookie', () => {
  function sessionCookie(setCookie: string[]): string {
    const line = setCookie.find((l) => l.startsWith('bp_session='));
    if (!line) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
    return line;
  }

  async function signUpRaw(target: TestApi): Promise<string[]> {
    const response = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_UP, variables: { input: { email: uniqueEmail('cookie'), password: TEST_PASSWORD, fullName: 'Zoé Cookie', companySiren: uniqueSiren(), companyName: 'Biscuiterie Cookie' } } }),
    });
    expect(response.status).toBe(200);
    return response.headers.getSetCookie();
  }

  it('is HttpOnly, SameSite=Lax, path /, and not Secure outside production', async () => {
    const line = sessionCookie(await signUpRaw(api));
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; SameSite=Lax/i);
    expect(line).toMatch(/; Path=\//i);
    expect(line).not.toMatch(/; Secure/i);
  });

  it('is Secure in production', async () => {
    const production = await bootTestApi({ env: { NODE_ENV: 'production', PAYMENT_PROVIDER: 'none', DEBTOR_LINK_SECRET: 'x'.repeat(40) } });
    try {
      const line = sessionCookie(await signUpRaw(production));
      expect(line).toMatch(/; Secure/i);
      expect(line).toMatch(/; HttpOnly/i);
    } finally {
      await production.close();
    }
  });
});

describe('security headers', () => {
  it('are set on GraphQL responses and on every route', async () => {
    for (const path of ['/graphql', '/health/live']) {
      const response = await fetch(`${api.url}${path}`, path === '/graphql' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } : {});
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('referrer-policy'), path).toBeTruthy();
      expect(response.headers.get('x-powered-by'), path).toBeNull();
    }
  });
});
