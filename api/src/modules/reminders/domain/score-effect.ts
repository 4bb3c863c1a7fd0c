import { scoreEffectOfPayingOn, type ScoreEvent } from '@bonpayeur/scoring';

/** One message of a planned run, as the score effect needs it. */
export interface EffectStep {
  /** Paris calendar date the message leaves on. */
  sendDate: string;
  /** A GOOD reminder of the plan leaves on or before this date (the engine's bonus condition). */
  goodReminderBefore: boolean;
}

export interface StepScoreEffect {
  /** The debtor's score if the invoice is paid on its due date. */
  scoreIfPaidOnTime: number;
  /** The debtor's score if it is paid on the step's send date. */
  scoreIfPaidAtStep: number;
  /** The debtor's score on the step's date if it is still unpaid then ({{currentScore}} at that step). */
  scoreIfUnpaid: number;
  /** What paying on the step's date earns against not paying ({{scoreGain}} at that step). */
  gainIfPaidAtStep: number;
}

/**
 * Paying on time vs paying at each step, both evaluated on the same day (the later of the step's
 * date and the due date, never before today) so time decay cannot tilt the comparison. Null per
 * step when the engine does not see the invoice open (e.g. its opening event is not recorded yet).
 */
export function scoreEffectsOfSteps(
  events: readonly ScoreEvent[],
  today: string,
  invoice: { id: string; dueDate: string; goodReminderByDueDate: boolean },
  steps: readonly EffectStep[],
): (StepScoreEffect | null)[] {
  return steps.map((step) => {
    const evaluatedOn = [today, step.sendDate, invoice.dueDate].sort().at(-1)!;
    const onTime = scoreEffectOfPayingOn(events, evaluatedOn, invoice.id, invoice.dueDate, { goodReminderBefore: invoice.goodReminderByDueDate });
    const atStep = scoreEffectOfPayingOn(events, evaluatedOn, invoice.id, step.sendDate, { goodReminderBefore: step.goodReminderBefore });
    if (!onTime || !atStep) return null;
    return { scoreIfPaidOnTime: onTime.scoreIfPaid, scoreIfPaidAtStep: atStep.scoreIfPaid, scoreIfUnpaid: atStep.scoreIfUnpaid, gainIfPaidAtStep: atStep.gain };
  });
}
