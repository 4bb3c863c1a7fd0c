import { describe, expect, it } from 'vitest';
import { validateScenario } from '../validate-scenario.js';
import { isTemplateVariable, renderTemplate, SAMPLE_CONTEXT } from '../template.js';

describe('{{currentScore}} and {{scoreGain}}', () => {
  it('are in the catalogue, so a scenario using them is valid, and an SMS with them still fits', () => {
    expect(isTemplateVariable('currentScore')).toBe(true);
    expect(isTemplateVariable('scoreGain')).toBe(true);
    const sms = { offsetDays: 0, channel: 'SMS' as const, tone: 'GOOD' as const, subject: '', deadlineDays: null, body: 'Score {{currentScore}}/100 : payez aujourd hui, +{{scoreGain}} pts. {{paymentLink}}' };
    expect(validateScenario({ name: 'Score', steps: [sms] })).toEqual([]);
    expect(validateScenario({ name: 'Faute', steps: [{ ...sms, body: '{{scoreNow}}' }] })).toMatchObject([{ code: 'UNKNOWN_VARIABLE' }]);
  });

  it('render with one French decimal, and a gain is never shown negative', () => {
    const sut = renderTemplate('Score {{currentScore}}/100, +{{scoreGain}} points en payant', { ...SAMPLE_CONTEXT, currentScore: 64.27, scoreGain: -0.3 });
    expect(sut).toBe('Score 64,3/100, +0,0 points en payant');
    expect(renderTemplate('{{ scoreGain }}', { ...SAMPLE_CONTEXT, scoreGain: 7 })).toBe('7,0');
  });
});
