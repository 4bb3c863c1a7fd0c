/**
 * A creditor's reliability as a reporter (issue 6): its record of publication requests and how
 * moderation ruled on them. "Overturned" = a request rejected by moderation or a publication
 * removed because the debtor's dispute was upheld. Past the threshold its requests need a second
 * moderator and its reports weigh less in the score engine (`creditorReliability`).
 */
export interface CreditorRecord {
  requested: number;
  published: number;
  disputed: number;
  overturned: number;
}

export interface CreditorReliability extends CreditorRecord {
  /** 0.25..1: the engine multiplies this creditor's reports by it. */
  weight: number;
  needsSecondModerator: boolean;
}

/** Each overturned report past the threshold takes a quarter off, down to a floor of 0.25. */
export function creditorReliability(record: CreditorRecord, threshold: number): CreditorReliability {
  const over = record.overturned - threshold + 1;
  const weight = over > 0 ? Math.max(0.25, 1 - 0.25 * over) : 1;
  return { ...record, weight, needsSecondModerator: record.overturned >= threshold };
}
