/**
 * What a personal-data export contains: every row that names the user (by id, or by e-mail where
 * the row predates the account or holds no id), section by section. Secrets (hashes of passwords,
 * session and invitation tokens, claim codes) and file contents never leave.
 */
export interface ExportSection {
  /** Key in the exported JSON. */
  name: string;
  table: string;
  /** Column compared with the user id ($1) or e-mail ($2). */
  where: string;
  orderBy: string;
}

export const EXCLUDED_COLUMNS = ['password_hash', 'token_hash', 'code_hash', 'content'] as const;

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  { name: 'memberships', table: 'memberships', where: 'user_id = $1', orderBy: 'created_at' },
  { name: 'sessions', table: 'sessions', where: 'user_id = $1', orderBy: 'created_at' },
  { name: 'invitationsReceived', table: 'invitations', where: 'email = $2', orderBy: 'created_at' },
  { name: 'invitationsSent', table: 'invitations', where: 'invited_by = $1', orderBy: 'created_at' },
  { name: 'companyClaims', table: 'company_claims', where: 'user_id = $1 OR decided_by = $1', orderBy: 'created_at' },
  { name: 'invoicesCreated', table: 'invoices', where: 'created_by = $1', orderBy: 'created_at' },
  { name: 'reminderRunsStarted', table: 'reminder_runs', where: 'created_by = $1', orderBy: 'created_at' },
  { name: 'reminderMessagesDecided', table: 'reminder_messages', where: 'approval_decided_by = $1', orderBy: 'created_at' },
  { name: 'tasks', table: 'reminder_tasks', where: 'assignee_user_id = $1 OR closed_by = $1', orderBy: 'created_at' },
  { name: 'tokenLedgerEntries', table: 'token_ledger_entries', where: 'actor_user_id = $1', orderBy: 'id' },
  { name: 'tokenPurchases', table: 'token_purchases', where: 'created_by = $1', orderBy: 'created_at' },
  { name: 'recommendations', table: 'recommendations', where: 'author_user_id = $1', orderBy: 'created_at' },
  { name: 'publications', table: 'publications', where: 'requested_by = $1 OR first_approval_by = $1 OR decided_by = $1', orderBy: 'requested_at' },
  { name: 'publicationReplies', table: 'publication_replies', where: 'author_user_id = $1', orderBy: 'created_at' },
  { name: 'publicationEvidence', table: 'publication_evidence', where: 'uploaded_by = $1', orderBy: 'created_at' },
  { name: 'disputes', table: 'invoice_disputes', where: 'opened_by_user_id = $1 OR ruled_by_user_id = $1', orderBy: 'opened_at' },
  { name: 'disputeEvidence', table: 'dispute_evidence', where: 'uploaded_by = $1', orderBy: 'created_at' },
  { name: 'invoiceEvents', table: 'invoice_events', where: 'actor_user_id = $1', orderBy: 'occurred_at' },
  { name: 'paymentSettingsUpdated', table: 'creditor_payment_settings', where: 'updated_by = $1', orderBy: 'updated_at' },
  { name: 'declaredPaymentsDecided', table: 'declared_payments', where: 'decided_by = $1', orderBy: 'declared_at' },
  { name: 'paymentPlansDecided', table: 'payment_plans', where: 'decided_by = $1', orderBy: 'proposed_at' },
  { name: 'notificationsReceived', table: 'notification_emails', where: 'to_address = $2', orderBy: 'created_at' },
  { name: 'auditEntriesAsActor', table: 'audit_log', where: 'actor_user_id = $1', orderBy: 'id' },
];

/** One statement per section: its rows as a JSON array, secrets and file contents removed. */
export function sectionQuery(section: ExportSection): string {
  const excluded = EXCLUDED_COLUMNS.map((column) => `'${column}'`).join(', ');
  return `SELECT COALESCE(jsonb_agg(to_jsonb(t) - ARRAY[${excluded}]::text[] ORDER BY t.${section.orderBy}), '[]'::jsonb) AS rows
            FROM ${section.table} t
           -- Both parameters always typed and bound, whichever the section compares.
           WHERE $1::uuid IS NOT NULL AND $2::text IS NOT NULL AND (${section.where})`;
}
