import { envReaders } from './env-readers.js';

/** BADPayeur publications and moderation (issue 6). */
export interface PublicationsConfig {
  /** Days the debtor has to answer (reply, dispute) before a moderator may approve; 0 = none. */
  answerDays: number;
  /** Overturned reports (rejected requests, removals after an upheld dispute) from which a creditor needs two moderators and weighs less. */
  reliabilityThreshold: number;
  /** Largest evidence PDF accepted, in bytes. */
  evidenceMaxBytes: number;
}

export function publicationsConfig(env: Record<string, string | undefined>, problems: string[]): PublicationsConfig {
  const { int } = envReaders(env, problems);
  return {
    answerDays: int('PUBLICATION_ANSWER_DAYS', 7, 0, 60),
    reliabilityThreshold: int('CREDITOR_RELIABILITY_THRESHOLD', 2, 1, 100),
    evidenceMaxBytes: int('EVIDENCE_MAX_BYTES', 5 * 1024 * 1024, 1_024, 20 * 1024 * 1024),
  };
}
