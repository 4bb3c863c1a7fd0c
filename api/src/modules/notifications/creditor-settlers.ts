import { EntityManager } from 'typeorm';
import { MemberRole, roleAllows } from '../auth/domain/roles.js';
import { NotificationEmail } from './notification-outbox.js';

/** The roles that may settle a creditor's invoices: confirm a payment, answer a debtor's request. */
const SETTLING_ROLES: readonly MemberRole[] = Object.values(MemberRole).filter((role) => roleAllows(role, 'SETTLE_INVOICES'));

/** A notice about one of a creditor's invoices, before it is addressed. */
export type CreditorNotice = Omit<NotificationEmail, 'to'>;

/**
 * The notice addressed to each member of the creditor company who can act on it (a role allowed to
 * settle invoices), verified or not: answering a debtor's request needs that role and nothing more.
 */
export async function addressToSettlers(manager: EntityManager, creditorSiren: string, notice: CreditorNotice): Promise<NotificationEmail[]> {
  const rows = (await manager.query(
    `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.company_siren = $1 AND m.role = ANY($2::text[]) ORDER BY u.email`,
    [creditorSiren, SETTLING_ROLES],
  )) as { email: string }[];
  return rows.map((row) => ({ ...notice, to: row.email }));
}
