import { fr } from '../../../../i18n/fr';
import { formatScore } from '../../../../lib/format';
import type { CompanyScore } from '../../graphql/fragments/company-summary.fragment';

type ScoreWithTrend = CompanyScore & { trend?: { delta: number; direction: string } | null };

/** What the score means, in plain French: the grade's meaning, then how it moved lately. */
export function scoreSentence(score: ScoreWithTrend | null): string {
  if (!score || !score.enoughData) return fr.profile.meaningUnknown;
  const meaning = fr.profile.meaning[score.grade.charAt(0).toUpperCase()] ?? fr.profile.meaningUnknown;
  if (!score.trend) return meaning;
  return `${meaning} ${fr.profile.trend(score.trend.direction, formatScore(Math.abs(score.trend.delta)))}`;
}
