import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../built-in-scenarios.js';
import { ScenarioStep } from '../scenario.js';
import { renderTemplate, SAMPLE_CONTEXT } from '../template.js';
import { validateScenario } from '../validate-scenario.js';

const step = (overrides: Partial<ScenarioStep> = {}): ScenarioStep => ({
  offsetDays: 0,
  channel: 'EMAIL',
  tone: 'GOOD',
  subject: 'Facture {{invoiceNumber}}',
  body: 'Bonjour {{clientName}}',
  deadlineDays: null,
  ...overrides,
});
const codes = (steps: ScenarioStep[]) => validateScenario({ name: 'Test', steps }).map((error) => `${error.field}:${error.code}`);

describe('validateScenario', () => {
  it.each(BUILT_IN_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('accepts the built-in scenario %s', (_name, scenario) => {
    expect(validateScenario(scenario)).toEqual([]);
  });

  it('refuses an empty scenario and unordered offsets', () => {
    expect(codes([])).toEqual(['steps:NO_STEPS']);
    expect(codes([step({ offsetDays: 5 }), step({ offsetDays: 2 })])).toEqual(['steps[1].offsetDays:OFFSETS_NOT_ORDERED']);
  });

  it('names an unknown variable at save time', () => {
    const errors = validateScenario({ name: 'Test', steps: [step({ body: 'Bonjour {{prenom}}' })] });
    expect(errors).toEqual([expect.objectContaining({ field: 'steps[0].body', code: 'UNKNOWN_VARIABLE', message: expect.stringContaining('{{prenom}}') })]);
  });

  it('requires a deadline on an ULTIMATUM only', () => {
    expect(codes([step({ tone: 'ULTIMATUM' })])).toEqual(['steps[0].deadlineDays:DEADLINE_REQUIRED']);
    expect(codes([step({ deadlineDays: 8 })])).toEqual(['steps[0].deadlineDays:DEADLINE_NOT_ALLOWED']);
    expect(codes([step({ tone: 'GOOD', body: 'avant le {{deadlineDate}}' })])).toEqual(['steps[0].body:UNKNOWN_VARIABLE']);
  });

  it('keeps an SMS within two segments once filled, stricter when a character forces UCS-2', () => {
    expect(codes([step({ channel: 'SMS', body: 'a'.repeat(300) })])).toEqual([]);
    expect(codes([step({ channel: 'SMS', body: 'a'.repeat(307) })])).toEqual(['steps[0].body:SMS_TOO_LONG']);
    expect(codes([step({ channel: 'SMS', body: `ç${'a'.repeat(140)}` })])).toEqual(['steps[0].body:SMS_TOO_LONG']);
  });

  it('allows at most two SMS per scenario', () => {
    expect(codes([step({ channel: 'SMS' }), step({ channel: 'SMS' }), step({ channel: 'SMS' })])).toEqual(['steps:TOO_MANY_SMS']);
  });
});

describe('renderTemplate', () => {
  it('formats amounts and dates the French way and computes days late and penalties', () => {
    const text = renderTemplate('{{amount}} dû le {{dueDate}}, {{daysLate}} j, {{latePenalties}} ({{fixedIndemnity}}), avant le {{deadlineDate}}', {
      ...SAMPLE_CONTEXT,
      amountCents: 123_456,
      dueDate: '2026-03-03',
      sendDate: '2026-04-02',
      deadlineDays: 8,
    });
    expect(text).toBe('1 234,56 € dû le 03/03/2026, 30 j, 52,33 € (40,00 €), avant le 10/04/2026');
  });
});

describe('validateScenario with an absurd delay', () => {
  it('reports the delay instead of crashing while measuring an SMS (found by the input fuzzer)', () => {
    const step = { offsetDays: 0, channel: 'SMS', tone: 'BAD', subject: '', body: '1e309', deadlineDays: 99_979_456 } as unknown as ScenarioStep;
    const errors = validateScenario({ name: 'x', steps: [step] } as Parameters<typeof validateScenario>[0]);
    expect(errors.map((e) => e.code)).toContain('DEADLINE_NOT_ALLOWED');
  });
});

describe('renderTemplate computes only what a template mentions', () => {
  it('renders a template without {{deadlineDate}} even when no deadline date could be computed', () => {
    expect(renderTemplate('Facture {{invoiceNumber}}', { ...SAMPLE_CONTEXT, deadlineDays: 1e12 })).toBe('Facture FAC-2026-000123');
    expect(() => renderTemplate('avant le {{deadlineDate}}', { ...SAMPLE_CONTEXT, deadlineDays: 1e12 })).toThrow(RangeError);
  });
});
