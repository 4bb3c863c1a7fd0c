import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../built-in-scenarios.js';
import { planRun } from '../plan-run.js';
import { needsApproval, ScenarioStep } from '../scenario.js';

const step = (overrides: Partial<ScenarioStep>): ScenarioStep => ({ offsetDays: 0, channel: 'EMAIL', tone: 'BAD', subject: 'S', body: 'B', deadlineDays: null, ...overrides });

describe('needsApproval', () => {
  it('requires approval for an ULTIMATUM by default and for nothing else', () => {
    expect(needsApproval(step({ tone: 'ULTIMATUM', deadlineDays: 8 }))).toBe(true);
    expect(needsApproval(step({ tone: 'BAD' }))).toBe(false);
    expect(needsApproval(step({ tone: 'GOOD', requiresApproval: null }))).toBe(false);
  });

  it('follows the step flag either way, but never holds a THANKS message', () => {
    expect(needsApproval(step({ tone: 'ULTIMATUM', requiresApproval: false }))).toBe(false);
    expect(needsApproval(step({ tone: 'GOOD', requiresApproval: true }))).toBe(true);
    expect(needsApproval(step({ tone: 'THANKS', requiresApproval: true }))).toBe(false);
  });
});

describe('planRun with approvals', () => {
  it('writes a future step that needs approval as AWAITING_APPROVAL, and leaves a past one SKIPPED', () => {
    const classic = BUILT_IN_SCENARIOS.find((scenario) => scenario.id === 'builtin-classic')!;
    const invoice = { dueDate: '2027-03-03', contactEmail: 'a@example.test', contactPhone: '+33611223344' };
    const early = planRun(classic.steps, invoice, new Date('2027-02-20T10:00:00Z'));
    expect(early.ok && early.messages.map((m) => m.status).at(-1)).toBe('AWAITING_APPROVAL');
    const late = planRun(classic.steps, invoice, new Date('2027-05-20T10:00:00Z'));
    expect(late.ok && late.messages.map((m) => m.status).at(-1)).toBe('SKIPPED');
  });
});
