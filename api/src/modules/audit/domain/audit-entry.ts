/** Who did it: a signed-in user, or the platform itself (a job, a rule). */
export type AuditActor = { kind: 'USER'; userId: string; email: string } | { kind: 'SYSTEM'; label: string };

/** One accountable fact: who did what to which subject, when, and why. */
export interface AuditEntryInput {
  actor: AuditActor;
  /** UPPER_SNAKE verb, e.g. PUBLICATION_APPROVED. */
  action: string;
  /** UPPER_SNAKE kind of subject, e.g. PUBLICATION, CLAIM, WALLET, USER. */
  subjectType: string;
  subjectId: string;
  reason?: string | null;
  /** Small structured facts (previous and new state, amounts); never secrets or personal data. */
  details?: Record<string, unknown>;
}

const UPPER_SNAKE = /^[A-Z][A-Z0-9_]*$/;

/** Refuses entries that would be unreadable later; these are programming errors, not user input. */
export function assertWellFormedAuditEntry(entry: AuditEntryInput): void {
  if (!UPPER_SNAKE.test(entry.action)) throw new Error(`audit action must be UPPER_SNAKE: ${entry.action}`);
  if (!UPPER_SNAKE.test(entry.subjectType)) throw new Error(`audit subject type must be UPPER_SNAKE: ${entry.subjectType}`);
  if (entry.subjectId.length === 0) throw new Error('audit subject id is empty');
}

export function actorLabelOf(actor: AuditActor): string {
  return actor.kind === 'USER' ? actor.email : `système: ${actor.label}`;
}

/** The audit actor for a signed-in user acting through the API. */
export function auditActorOf(actor: { userId: string; email: string }): AuditActor {
  return { kind: 'USER', userId: actor.userId, email: actor.email };
}
