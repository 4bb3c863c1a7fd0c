import { fr } from '../../../../i18n/fr';
import { formatDays, formatPercent } from '../../../../lib/format';
import type { CompanyDetails } from '../../graphql/queries/company.query';

/** The raw facts behind the score: how many invoices, how many on time, how late on average. */
export function PaymentBehaviour({ stats }: { stats: CompanyDetails['stats'] }) {
  const t = fr.profile.behaviour;
  return (
    <section className="card" aria-labelledby="behaviour-heading">
      <h2 id="behaviour-heading" className="card__title">
        {t.heading}
      </h2>
      <dl className="stats">
        <div className="stats__item">
          <dt>{t.invoices}</dt>
          <dd>{new Intl.NumberFormat('fr-FR').format(stats.invoicesReported)}</dd>
        </div>
        <div className="stats__item">
          <dt>{t.onTime}</dt>
          <dd>{stats.onTimeRate === null ? t.none : formatPercent(stats.onTimeRate)}</dd>
        </div>
        <div className="stats__item">
          <dt>{t.averageLate}</dt>
          <dd>{stats.averageDaysLate === null ? t.none : t.days(formatDays(stats.averageDaysLate))}</dd>
        </div>
      </dl>
      <p className="muted small">{t.hint}</p>
    </section>
  );
}
