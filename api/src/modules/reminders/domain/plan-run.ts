import { Channel, needsApproval, ScenarioStep, scheduledSteps, stepAnchor, Tone } from './scenario.js';
import { scheduleStep } from './schedule.js';

/** The invoice as a run needs it. */
export interface PlanInvoice {
  dueDate: string;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface PlannedMessage {
  stepIndex: number;
  channel: Channel;
  tone: Tone;
  toAddress: string;
  templateSubject: string;
  templateBody: string;
  deadlineDays: number | null;
  scheduledAt: Date;
  /** AWAITING_APPROVAL: not dispatched until a member approves it (see needsApproval). */
  status: 'SCHEDULED' | 'SKIPPED' | 'AWAITING_APPROVAL';
  skipReason: string | null;
  /** Its step has a fixed date (ScenarioStep.onDate): contact spacing leaves it on that day. */
  pinned?: boolean;
}

/** A CALL step: a task for a team member at the step's time; no provider, no token effect. */
export interface PlannedTask {
  stepIndex: number;
  tone: Tone;
  /** The step's body: what the caller should say or check. */
  note: string;
  dueAt: Date;
  /** SKIPPED when its time had long passed at apply (as for messages). */
  status: 'OPEN' | 'SKIPPED';
}

export type PlanResult = { ok: true; messages: PlannedMessage[]; tasks: PlannedTask[] } | { ok: false; missing: 'EMAIL' | 'SMS' };

/**
 * Every message of a run, before anything is written: a step on a channel the contact cannot
 * receive refuses the whole run (a clear error beats a silent gap in the sequence).
 */
export function planRun(steps: readonly ScenarioStep[], invoice: PlanInvoice, now: Date, sendHour?: number): PlanResult {
  const messages: PlannedMessage[] = [];
  const tasks: PlannedTask[] = [];
  for (const { step, index } of scheduledSteps(steps)) {
    const anchor = stepAnchor(step, invoice.dueDate);
    if (step.channel === 'CALL') {
      const timing = scheduleStep({ dueDate: anchor.date, offsetDays: anchor.offsetDays, channel: 'EMAIL', now, ...(sendHour !== undefined ? { sendHour } : {}) });
      tasks.push({ stepIndex: index, tone: step.tone, note: step.body, dueAt: timing.at, status: timing.kind === 'SKIPPED' ? 'SKIPPED' : 'OPEN' });
      continue;
    }
    const channel = step.channel;
    const toAddress = channel === 'EMAIL' ? invoice.contactEmail : invoice.contactPhone;
    if (!toAddress) return { ok: false, missing: channel };
    const timing = scheduleStep({ dueDate: anchor.date, offsetDays: anchor.offsetDays, channel, now, ...(sendHour !== undefined ? { sendHour } : {}) });
    messages.push({
      stepIndex: index,
      channel,
      tone: step.tone,
      toAddress,
      templateSubject: step.subject,
      templateBody: step.body,
      deadlineDays: step.deadlineDays,
      scheduledAt: timing.at,
      status: timing.kind === 'SCHEDULED' && needsApproval(step) ? 'AWAITING_APPROVAL' : timing.kind,
      skipReason: timing.kind === 'SKIPPED' ? timing.reason : null,
      ...(step.onDate ? { pinned: true } : {}),
    });
  }
  return { ok: true, messages, tasks };
}

/** The scenario's THANKS step sendable to this contact, else the default email one, else none. */
export function thanksStep(
  steps: readonly ScenarioStep[],
  fallback: ScenarioStep,
  invoice: Omit<PlanInvoice, 'dueDate'>,
): { step: ScenarioStep & { channel: Channel }; index: number; toAddress: string } | null {
  const candidates = [...steps.map((step, index) => ({ step, index })).filter(({ step }) => step.tone === 'THANKS'), { step: fallback, index: -1 }];
  for (const candidate of candidates) {
    const channel = candidate.step.channel;
    if (channel === 'CALL') continue;
    const toAddress = candidate.step.channel === 'EMAIL' ? invoice.contactEmail : invoice.contactPhone;
    if (toAddress) return { index: candidate.index, step: { ...candidate.step, channel }, toAddress };
  }
  return null;
}
