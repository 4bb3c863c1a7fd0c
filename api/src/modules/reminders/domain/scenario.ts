/** A reminder scenario as the domain sees it (DESIGN §2): ordered steps relative to the due date. */
export type Channel = 'EMAIL' | 'SMS';
export type Tone = 'GOOD' | 'BAD' | 'ULTIMATUM' | 'THANKS';

export const CHANNELS: readonly Channel[] = ['EMAIL', 'SMS'];
/** A step may also be a call task: assigned to a team member, done by hand, never sent to a provider. */
export type StepChannel = Channel | 'CALL';
export const STEP_CHANNELS: readonly StepChannel[] = ['EMAIL', 'SMS', 'CALL'];
export const TONES: readonly Tone[] = ['GOOD', 'BAD', 'ULTIMATUM', 'THANKS'];

export interface ScenarioStep {
  /** Days relative to the due date (negative = before). Ignored for THANKS steps, sent on payment. */
  offsetDays: number;
  channel: StepChannel;
  tone: Tone;
  /** Email subject template; unused (may be empty) for SMS and CALL. For CALL, `body` is the note for the caller. */
  subject: string;
  body: string;
  /** ULTIMATUM only: days the debtor is given from the send date. */
  deadlineDays: number | null;
  /** A member must approve the message before it leaves; absent or null = the default (ULTIMATUM only). */
  requiresApproval?: boolean | null;
  /**
   * A fixed calendar date (YYYY-MM-DD) instead of an offset from the due date: the step is sent that
   * day whatever the invoice's due date, and contact spacing never moves it. A payment plan's run has
   * one such step per instalment; a creditor's scenario never sets it (not in the GraphQL input).
   */
  onDate?: string | null;
}

/** The calendar date a step is planned from, and its offset from it. */
export function stepAnchor(step: Pick<ScenarioStep, 'offsetDays' | 'onDate'>, dueDate: string): { date: string; offsetDays: number } {
  return step.onDate ? { date: step.onDate, offsetDays: 0 } : { date: dueDate, offsetDays: step.offsetDays };
}

export interface ScenarioDefinition {
  id: string;
  name: string;
  description: string;
  steps: ScenarioStep[];
}

/**
 * Every SMS of a run is paid by its one token (DESIGN §2: unlimited emails, up to 2 SMS). A scenario
 * may therefore hold at most 2 SMS steps, THANKS included, so no run can exceed it.
 */
export const MAX_SMS_PER_RUN = 2;

/**
 * A formal notice engages the creditor (and may lead to a publication): by default a person
 * approves it before it leaves. Any step may opt in or out explicitly.
 */
export function needsApproval(step: Pick<ScenarioStep, 'tone' | 'requiresApproval'> & { channel?: StepChannel }): boolean {
  if (step.tone === 'THANKS' || step.channel === 'CALL') return false;
  return step.requiresApproval ?? step.tone === 'ULTIMATUM';
}

/** The steps sent on the calendar; THANKS steps are templates used when the invoice is paid. */
export function scheduledSteps(steps: readonly ScenarioStep[]): { step: ScenarioStep; index: number }[] {
  return steps.map((step, index) => ({ step, index })).filter(({ step }) => step.tone !== 'THANKS');
}
