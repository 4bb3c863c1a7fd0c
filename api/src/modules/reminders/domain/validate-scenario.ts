import { MAX_SMS_PER_RUN, ScenarioStep, STEP_CHANNELS, TONES } from './scenario.js';
import { MAX_SMS_SEGMENTS, smsLength } from './sms-segments.js';
import { isTemplateVariable, renderTemplate, SAMPLE_CONTEXT, templateVariables, ULTIMATUM_ONLY_VARIABLES } from './template.js';

export interface ScenarioDraft {
  name: string;
  description?: string | null;
  steps: readonly ScenarioStep[];
}

export type ScenarioErrorCode =
  | 'NAME_INVALID'
  | 'NO_STEPS'
  | 'TOO_MANY_STEPS'
  | 'OFFSETS_NOT_ORDERED'
  | 'OFFSET_OUT_OF_RANGE'
  | 'CHANNEL_INVALID'
  | 'TONE_INVALID'
  | 'SUBJECT_REQUIRED'
  | 'BODY_REQUIRED'
  | 'SMS_TOO_LONG'
  | 'TOO_MANY_SMS'
  | 'DEADLINE_REQUIRED'
  | 'DEADLINE_NOT_ALLOWED'
  | 'UNKNOWN_VARIABLE';

export interface ScenarioError {
  /** e.g. 'steps[2].body'. */
  field: string;
  code: ScenarioErrorCode;
  message: string;
}

export const MAX_STEPS = 20;
const MAX_OFFSET_DAYS = 365;

/** Every problem of a scenario, in step order; empty when it may be saved. */
export function validateScenario(draft: ScenarioDraft): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const name = draft.name.trim();
  if (name.length < 1 || name.length > 80) errors.push({ field: 'name', code: 'NAME_INVALID', message: 'Le nom du scénario doit faire de 1 à 80 caractères.' });
  if (draft.steps.length === 0) errors.push({ field: 'steps', code: 'NO_STEPS', message: 'Un scénario compte au moins une étape.' });
  if (draft.steps.length > MAX_STEPS) errors.push({ field: 'steps', code: 'TOO_MANY_STEPS', message: `Un scénario compte au plus ${MAX_STEPS} étapes.` });

  let previousOffset = -Infinity;
  let smsCount = 0;
  draft.steps.forEach((step, index) => {
    const at = `steps[${index}]`;
    if (!STEP_CHANNELS.includes(step.channel)) errors.push({ field: `${at}.channel`, code: 'CHANNEL_INVALID', message: 'Canal inconnu.' });
    if (step.channel === 'CALL' && step.tone === 'THANKS') {
      errors.push({ field: `${at}.channel`, code: 'CHANNEL_INVALID', message: `Le remerciement de l'étape ${index + 1} part par e-mail ou SMS, pas par un appel.` });
    }
    if (!TONES.includes(step.tone)) errors.push({ field: `${at}.tone`, code: 'TONE_INVALID', message: 'Ton inconnu.' });
    if (step.channel === 'SMS') smsCount += 1;
    if (step.tone !== 'THANKS') {
      if (!Number.isInteger(step.offsetDays) || Math.abs(step.offsetDays) > MAX_OFFSET_DAYS) {
        errors.push({ field: `${at}.offsetDays`, code: 'OFFSET_OUT_OF_RANGE', message: `Le décalage doit être un nombre entier de jours entre -${MAX_OFFSET_DAYS} et ${MAX_OFFSET_DAYS}.` });
      } else if (step.offsetDays < previousOffset) {
        errors.push({ field: `${at}.offsetDays`, code: 'OFFSETS_NOT_ORDERED', message: `L'étape ${index + 1} (J${signed(step.offsetDays)}) précède l'étape d'avant : rangez les étapes dans l'ordre.` });
      } else {
        previousOffset = step.offsetDays;
      }
    }
    if (step.channel === 'EMAIL' && step.subject.trim() === '') errors.push({ field: `${at}.subject`, code: 'SUBJECT_REQUIRED', message: `L'e-mail de l'étape ${index + 1} n'a pas d'objet.` });
    if (step.body.trim() === '') errors.push({ field: `${at}.body`, code: 'BODY_REQUIRED', message: `Le message de l'étape ${index + 1} est vide.` });
    if (step.tone === 'ULTIMATUM' && !(Number.isInteger(step.deadlineDays) && step.deadlineDays! >= 1 && step.deadlineDays! <= 60)) {
      errors.push({ field: `${at}.deadlineDays`, code: 'DEADLINE_REQUIRED', message: `La mise en demeure de l'étape ${index + 1} doit fixer un délai de 1 à 60 jours.` });
    }
    if (step.tone !== 'ULTIMATUM' && step.deadlineDays !== null && step.deadlineDays !== undefined) {
      errors.push({ field: `${at}.deadlineDays`, code: 'DEADLINE_NOT_ALLOWED', message: `Seule une mise en demeure porte un délai (étape ${index + 1}).` });
    }
    for (const [part, template] of [['subject', step.subject], ['body', step.body]] as const) {
      for (const variable of templateVariables(template)) {
        if (!isTemplateVariable(variable)) {
          errors.push({ field: `${at}.${part}`, code: 'UNKNOWN_VARIABLE', message: `Variable inconnue « {{${variable}}} » à l'étape ${index + 1}.` });
        } else if (ULTIMATUM_ONLY_VARIABLES.includes(variable) && step.tone !== 'ULTIMATUM') {
          errors.push({ field: `${at}.${part}`, code: 'UNKNOWN_VARIABLE', message: `La variable « {{${variable}}} » n'existe que dans une mise en demeure (étape ${index + 1}).` });
        }
      }
    }
    if (step.channel === 'SMS' && step.body.trim() !== '') {
      // A delay already refused above (e.g. 99,979,456 days) would overflow the sample date: measure without it.
      const deadlineDays = Number.isInteger(step.deadlineDays) && step.deadlineDays! >= 1 && step.deadlineDays! <= 60 ? step.deadlineDays : null;
      const length = smsLength(renderTemplate(step.body, { ...SAMPLE_CONTEXT, deadlineDays }));
      if (length.segments > MAX_SMS_SEGMENTS) {
        const max = length.encoding === 'GSM7' ? '306 caractères' : '134 caractères (le texte contient des caractères hors alphabet SMS, comme ê ou ç)';
        errors.push({ field: `${at}.body`, code: 'SMS_TOO_LONG', message: `Le SMS de l'étape ${index + 1} dépasse 2 SMS une fois rempli : ${max} au plus.` });
      }
    }
  });
  if (smsCount > MAX_SMS_PER_RUN) errors.push({ field: 'steps', code: 'TOO_MANY_SMS', message: `Un scénario envoie au plus ${MAX_SMS_PER_RUN} SMS (compris dans le jeton).` });
  return errors;
}

function signed(offset: number): string {
  return offset >= 0 ? `+${offset}` : String(offset);
}
