import { DataSource } from 'typeorm';
import type { TestApi } from '../../support/boot-api.js';

/** "Today" of the invoices tests: 10 March 2026 in Paris. */
export const NOW = new Date('2026-03-10T09:00:00Z');

/** What a creditor has stored, to prove a refused operation changed nothing. */
export async function snapshot(api: TestApi, creditorSiren: string): Promise<{ invoices: unknown[]; contacts: number; companies: number }> {
  const db = api.app.get(DataSource);
  const invoices: unknown[] = await db.query(
    `SELECT id, number, amount_cents, status, paid_at::text, cancelled_at, updated_at, contact_id FROM invoices WHERE creditor_siren = $1 ORDER BY id`,
    [creditorSiren],
  );
  const [{ contacts }] = (await db.query(`SELECT count(*)::int AS contacts FROM contacts WHERE creditor_siren = $1`, [creditorSiren])) as [{ contacts: number }];
  const [{ companies }] = (await db.query(`SELECT count(*)::int AS companies FROM companies`)) as [{ companies: number }];
  return { invoices, contacts, companies };
}
