import { Channel, needsApproval, ScenarioStep, scheduledSteps, Tone } from './scenario.js';
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
}

export type PlanResult = { ok: true; messages: PlannedMessage[] } | { ok: false; missing: 'EMAIL' | 'SMS' };

/**
 * Every message of a run, before anything is written: a step on a channel the contact cannot
 * receive refuses the whole run (a clear error beats a silent gap in the sequence).
 */
export function planRun(steps: readonly ScenarioStep[], invoice: PlanInvoice, now: Date, sendHour?: number): PlanResult {
  const messages: PlannedMessage[] = [];
  for (const { step, index } of scheduledSteps(steps)) {
    const toAddress = step.channel === 'EMAIL' ? invoice.contactEmail : invoice.contactPhone;
    if (!toAddress) return { ok: false, missing: step.channel };
    const timing = scheduleStep({ dueDate: invoice.dueDate, offsetDays: step.offsetDays, channel: step.channel, now, ...(sendHour !== undefined ? { sendHour } : {}) });
    messages.push({
      stepIndex: index,
      channel: step.channel,
      tone: step.tone,
      toAddress,
      templateSubject: step.subject,
      templateBody: step.body,
      deadlineDays: step.deadlineDays,
      scheduledAt: timing.at,
      status: timing.kind === 'SCHEDULED' && needsApproval(step) ? 'AWAITING_APPROVAL' : timing.kind,
      skipReason: timing.kind === 'SKIPPED' ? timing.reason : null,
    });
  }
  return { ok: true, messages };
}

/** The scenario's THANKS step sendable to this contact, else the default email one, else none. */
export function thanksStep(steps: readonly ScenarioStep[], fallback: ScenarioStep, invoice: Omit<PlanInvoice, 'dueDate'>): { step: ScenarioStep; index: number; toAddress: string } | null {
  const candidates = [...steps.map((step, index) => ({ step, index })).filter(({ step }) => step.tone === 'THANKS'), { step: fallback, index: -1 }];
  for (const candidate of candidates) {
    const toAddress = candidate.step.channel === 'EMAIL' ? invoice.contactEmail : invoice.contactPhone;
    if (toAddress) return { ...candidate, toAddress };
  }
  return null;
}
