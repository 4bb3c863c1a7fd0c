import { fr } from '../../../i18n/fr';
import { formatScore } from '../../../lib/format';
import type { CompanyScore } from '../graphql/fragments/company-summary.fragment';

/** Grade letter → colour band; unknown grades fall back to neutral. */
export function gradeTone(grade: string): string {
  const letter = grade.trim().charAt(0).toUpperCase();
  return 'ABCDE'.includes(letter) && letter ? `grade-${letter.toLowerCase()}` : 'grade-none';
}

export function hasPublishableScore(score: CompanyScore | null): score is CompanyScore {
  return score !== null && score.enoughData;
}

/** The compact score shown in lists: "72,5 · B", or a neutral dash when there is not enough data. */
export function ScoreBadge({ score, size = 'small' }: { score: CompanyScore | null; size?: 'small' | 'large' }) {
  if (!hasPublishableScore(score)) {
    return (
      <span className={`score-badge score-badge--${size} score-badge--none grade-none`} title={fr.company.notEnoughData}>
        <span aria-hidden="true">{fr.company.noScoreYet}</span>
        <span className="visually-hidden">{fr.company.noScoreLabel}</span>
      </span>
    );
  }
  const value = formatScore(score.value);
  return (
    <span className={`score-badge score-badge--${size} ${gradeTone(score.grade)}`}>
      <span aria-hidden="true">
        <span className="score-badge__value">{value}</span>
        <span className="score-badge__grade">{score.grade}</span>
      </span>
      <span className="visually-hidden">{fr.company.scoreLabel(value, score.grade)}</span>
    </span>
  );
}
