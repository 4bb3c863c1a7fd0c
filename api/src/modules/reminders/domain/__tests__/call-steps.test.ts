import { describe, expect, it } from 'vitest';
import { planRun } from '../plan-run.js';
import { ScenarioStep } from '../scenario.js';
import { validateScenario } from '../validate-scenario.js';

const step = (overrides: Partial<ScenarioStep>): ScenarioStep => ({ offsetDays: 0, channel: 'EMAIL', tone: 'BAD', subject: 'S', body: 'B', deadlineDays: null, ...overrides });

describe('CALL steps', () => {
  it('are valid without a subject, but never as a THANKS', () => {
    expect(validateScenario({ name: 'Appel', steps: [step({ channel: 'CALL', subject: '', body: 'Appeler la comptabilité' })] })).toEqual([]);
    expect(validateScenario({ name: 'Appel', steps: [step({ channel: 'CALL', tone: 'THANKS' })] }).map((e) => e.code)).toEqual(['CHANNEL_INVALID']);
  });

  it('become tasks at the step time, not messages, and need no contact address', () => {
    const plan = planRun([step({ channel: 'CALL', offsetDays: 5, body: 'Appeler' }), step({ offsetDays: 10 })], { dueDate: '2027-03-03', contactEmail: 'a@example.test', contactPhone: null }, new Date('2027-02-20T10:00:00Z'));
    expect(plan).toMatchObject({ ok: true, messages: [{ stepIndex: 1, channel: 'EMAIL' }], tasks: [{ stepIndex: 0, note: 'Appeler', status: 'OPEN', dueAt: new Date('2027-03-08T08:00:00Z') }] });
  });

  it('are SKIPPED like messages when their time had long passed at apply', () => {
    const plan = planRun([step({ channel: 'CALL', offsetDays: 5 })], { dueDate: '2027-03-03', contactEmail: null, contactPhone: null }, new Date('2027-04-20T10:00:00Z'));
    expect(plan.ok && plan.tasks.map((t) => t.status)).toEqual(['SKIPPED']);
  });
});
