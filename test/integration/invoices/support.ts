import { DataSource } from 'typeorm';
import type { TestApi } from '../../support/boot-api.js';

/** "Today" of the invoices tests: 10 March 2026 in Paris. */
export const NOW = new Date('2026-03-10T09:00:00Z');

/**
 * What a creditor has stored, to prove a refused operation changed nothing; `named`: the SIRENs the
 * operation names, whose companies it must not have created. Only this test's own rows: other files
 * create companies all the time in the run's shared database, so a count of them all would move.
 */
export async function snapshot(api: TestApi, creditorSiren: string, named: readonly string[] = []): Promise<{ invoices: unknown[]; contacts: number; companies: string[] }> {
  const db = api.app.get(DataSource);
  const invoices: unknown[] = await db.query(
    `SELECT id, number, amount_cents, status, paid_at::text, cancelled_at, updated_at, contact_id FROM invoices WHERE creditor_siren = $1 ORDER BY id`,
    [creditorSiren],
  );
  const [{ contacts }] = (await db.query(`SELECT count(*)::int AS contacts FROM contacts WHERE creditor_siren = $1`, [creditorSiren])) as [{ contacts: number }];
  const companies = ((await db.query(`SELECT siren FROM companies WHERE siren = ANY($1::text[]) ORDER BY siren`, [named])) as { siren: string }[]).map((row) => row.siren);
  return { invoices, contacts, companies };
}
