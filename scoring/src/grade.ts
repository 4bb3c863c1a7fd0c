import { DEFAULT_SCORE_PARAMS, type ScoreParams } from './params.js';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export function gradeOf(value: number, params: ScoreParams = DEFAULT_SCORE_PARAMS): Grade {
  const b = params.gradeBands;
  if (value >= b.A) return 'A';
  if (value >= b.B) return 'B';
  if (value >= b.C) return 'C';
  if (value >= b.D) return 'D';
  return 'E';
}
