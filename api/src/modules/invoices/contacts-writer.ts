import { EntityManager } from 'typeorm';
import { ValidContact } from './domain/validate-contact.js';

export interface ContactToSave {
  debtorSiren: string;
  contact: ValidContact;
}

/** Identity of a contact: its e-mail at that debtor, or, without one, its name and phone. */
export function contactKey(debtorSiren: string, contact: Pick<ValidContact, 'email' | 'name' | 'phone'>): string {
  return contact.email
    ? `${debtorSiren}|@|${contact.email.toLowerCase()}`
    : `${debtorSiren}|-|${contact.name ?? ''}|${contact.phone ?? ''}`;
}

/**
 * Saves a creditor's contacts in bulk and returns their ids by contactKey. A contact with an
 * e-mail is upserted on (creditor, debtor, lower(email)): the file's name and phone win when
 * given. A contact without an e-mail is reused when one with the same name and phone exists.
 * Runs inside the caller's transaction.
 */
export async function saveContacts(
  manager: EntityManager,
  creditorSiren: string,
  items: readonly ContactToSave[],
  now: Date,
): Promise<Map<string, string>> {
  const unique = new Map<string, ContactToSave>();
  for (const item of items) {
    const key = contactKey(item.debtorSiren, item.contact);
    if (!unique.has(key)) unique.set(key, item);
  }
  const withEmail = [...unique.values()].filter((item) => item.contact.email);
  const withoutEmail = [...unique.values()].filter((item) => !item.contact.email);
  const ids = new Map<string, string>();

  if (withEmail.length > 0) {
    const rows: { id: string; debtor_siren: string; email: string }[] = await manager.query(
      `INSERT INTO contacts (creditor_siren, debtor_siren, name, email, phone, preferred_channel, created_at)
       SELECT $1, t.debtor, t.name, t.email, t.phone, t.channel, $7
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(debtor, name, email, phone, channel)
       ON CONFLICT (creditor_siren, debtor_siren, (lower(email))) WHERE email IS NOT NULL
       DO UPDATE SET name = COALESCE(EXCLUDED.name, contacts.name), phone = COALESCE(EXCLUDED.phone, contacts.phone)
       RETURNING id, debtor_siren, lower(email) AS email`,
      [
        creditorSiren,
        withEmail.map((item) => item.debtorSiren),
        withEmail.map((item) => item.contact.name),
        withEmail.map((item) => item.contact.email),
        withEmail.map((item) => item.contact.phone),
        withEmail.map((item) => item.contact.preferredChannel),
        now,
      ],
    );
    for (const row of rows) ids.set(contactKey(row.debtor_siren, { email: row.email, name: null, phone: null }), row.id);
  }

  if (withoutEmail.length > 0) {
    const params = (list: readonly ContactToSave[]) => [
      creditorSiren,
      list.map((item) => item.debtorSiren),
      list.map((item) => item.contact.name),
      list.map((item) => item.contact.phone),
    ];
    const existing: { id: string; debtor_siren: string; name: string | null; phone: string | null }[] = await manager.query(
      `SELECT DISTINCT ON (c.debtor_siren, c.name, c.phone) c.id, c.debtor_siren, c.name, c.phone
         FROM contacts c
         JOIN unnest($2::text[], $3::text[], $4::text[]) AS t(debtor, name, phone)
           ON c.creditor_siren = $1 AND c.debtor_siren = t.debtor AND c.email IS NULL
          AND c.name IS NOT DISTINCT FROM t.name AND c.phone IS NOT DISTINCT FROM t.phone
        ORDER BY c.debtor_siren, c.name, c.phone, c.created_at`,
      params(withoutEmail),
    );
    for (const row of existing) ids.set(contactKey(row.debtor_siren, { email: null, name: row.name, phone: row.phone }), row.id);

    const missing = withoutEmail.filter((item) => !ids.has(contactKey(item.debtorSiren, item.contact)));
    if (missing.length > 0) {
      const inserted: { id: string; debtor_siren: string; name: string | null; phone: string | null }[] = await manager.query(
        `INSERT INTO contacts (creditor_siren, debtor_siren, name, phone, preferred_channel, created_at)
         SELECT $1, t.debtor, t.name, t.phone, t.channel, $6
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(debtor, name, phone, channel)
         RETURNING id, debtor_siren, name, phone`,
        [...params(missing), missing.map((item) => item.contact.preferredChannel), now],
      );
      for (const row of inserted) ids.set(contactKey(row.debtor_siren, { email: null, name: row.name, phone: row.phone }), row.id);
    }
  }
  return ids;
}
