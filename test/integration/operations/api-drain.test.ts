import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { bootTestApi } from '../../support/boot-api.js';
import { TEST_PASSWORD } from '../../support/factories/accounts.js';
import { uniqueEmail, uniqueSiren } from '../../support/unique.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id activeCompany { siren } } }`;

describe('API shutdown', () => {
  it('answers the request in flight before closing its pool, and takes no new connection meanwhile', async () => {
    const api = await bootTestApi();
    const siren = uniqueSiren();
    const db = new pg.Client({ connectionString: api.config.databaseUrl });
    await db.connect();
    try {
      await db.query(`INSERT INTO companies (siren, name, search_name, active, source) VALUES ($1, 'Atelier Drain', 'atelier drain', true, 'CREDITOR')`, [siren]);
      // Sign-up locks its company row: holding that lock keeps the request in flight as long as we like.
      await db.query('BEGIN');
      await db.query(`SELECT 1 FROM companies WHERE siren = $1 FOR UPDATE`, [siren]);
      const inFlight = api.client().request<{ signUp: { activeCompany: { siren: string } } }>(SIGN_UP, {
        input: { email: uniqueEmail('drain'), password: TEST_PASSWORD, fullName: 'Denise Drain', companySiren: siren },
      });
      await waitUntilBlocked(db, siren);

      const closing = api.close();
      await expect(fetch(`${api.url}/health/live`)).rejects.toThrow();

      await db.query('COMMIT');
      const answered = await inFlight;
      expect(answered.errors).toBeUndefined();
      expect(answered.data?.signUp.activeCompany.siren).toBe(siren);
      await closing;
    } finally {
      await db.end();
    }
  });
});

/** Until a backend waits on our row lock (the sign-up has reached its transaction). */
async function waitUntilBlocked(db: pg.Client, siren: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    // Inside our open transaction the statistics are a snapshot: take a fresh one each time.
    await db.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%companies%'`);
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the sign-up for ${siren} never waited on the lock`);
}
