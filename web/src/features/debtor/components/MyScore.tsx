import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { fr } from '../../../i18n/fr';
import { formatDate } from '../../../lib/format';
import { useApiQuery } from '../../../lib/use-api-query';
import { ScoreGauge } from '../../companies/components/profile/ScoreGauge';
import { scoreSentence } from '../../companies/components/profile/score-sentence';
import { gradeTone } from '../../companies/components/ScoreBadge';
import { MY_COMPANY_SCORE_QUERY } from '../graphql/queries/my-company-score.query';
import { ImprovementPlan } from './ImprovementPlan';
import { ScoreContributions } from './ScoreContributions';

/** A verified member's view of its company's score: the gauge, every contribution, the plan. */
export function MyScore({ siren, companyName }: { siren: string; companyName: string }) {
  const { data, error, loading, refetch } = useApiQuery(MY_COMPANY_SCORE_QUERY, { siren });
  if (error) return <ErrorMessage message={error.userMessage} onRetry={refetch} />;
  const score = data?.myCompanyScore;
  if (!score || (loading && !score)) return <Loading />;
  const t = fr.debtor.score;
  return (
    <div className="stack">
      <section className={`card score-panel ${gradeTone(score.grade)}`} aria-labelledby="my-score-heading">
        <h2 id="my-score-heading" className="card__title">
          {t.heading(companyName)}
        </h2>
        <p className="muted small">{t.asOf(formatDate(score.asOf))}</p>
        <ScoreGauge score={score} />
        {!score.enoughData ? <p className="notice">{t.notPublished}</p> : null}
        <p className="score-panel__sentence">{scoreSentence({ ...score, enoughData: true })}</p>
      </section>
      <ImprovementPlan plan={score.improvementPlan} />
      <ScoreContributions score={score} />
    </div>
  );
}
