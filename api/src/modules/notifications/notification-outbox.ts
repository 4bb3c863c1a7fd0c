import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** One platform notice (not a creditor's reminder): who, what, and which record it is about. */
export interface NotificationEmail {
  /** UPPER_SNAKE kind, e.g. CLAIM_CODE, PUBLICATION_REQUESTED. */
  kind: string;
  to: string;
  subject: string;
  body: string;
  subjectType: string;
  subjectId: string;
}

/**
 * Writes notices into `notification_emails` inside the caller's transaction: a decision and the
 * notice telling people about it commit together. The worker's NotificationSenderService sends
 * them; nothing is sent from the request itself, so a provider outage never fails a decision.
 */
@Injectable()
export class NotificationOutbox {
  async enqueue(manager: EntityManager, emails: readonly NotificationEmail[]): Promise<void> {
    const unique = dedupe(emails);
    if (unique.length === 0) return;
    await manager.query(
      `INSERT INTO notification_emails (kind, to_address, subject, body, subject_type, subject_id)
       SELECT kind, to_address, subject, body, subject_type, subject_id
         FROM jsonb_to_recordset($1::jsonb) AS t(kind text, to_address text, subject text, body text, subject_type text, subject_id text)`,
      [JSON.stringify(unique.map((email) => ({ kind: email.kind, to_address: email.to, subject: email.subject, body: email.body, subject_type: email.subjectType, subject_id: email.subjectId })))],
    );
  }
}

/** The same notice to the same address once (a contact may also be a member). */
function dedupe(emails: readonly NotificationEmail[]): NotificationEmail[] {
  const seen = new Set<string>();
  return emails.filter((email) => {
    const key = `${email.kind}|${email.subjectId}|${email.to.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
