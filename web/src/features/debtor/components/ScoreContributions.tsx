import { fr } from '../../../i18n/fr';
import { formatPoints, formatScore, formatShortDate, isoDay } from '../../../lib/format';
import type { MyCompanyScore } from '../graphql/queries/my-company-score.query';

/** The base of 700, then every fact with its exact effect: the lines add up to the score. */
export function ScoreContributions({ score }: { score: MyCompanyScore }) {
  const t = fr.debtor.score;
  return (
    <section className="card" aria-labelledby="contributions-heading">
      <h2 id="contributions-heading" className="card__title">
        {t.contributionsHeading}
      </h2>
      <p className="muted small">{t.contributionsLead}</p>
      {score.contributions.length === 0 ? <p className="muted">{t.contributionsEmpty}</p> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t.contributionsHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.event}</th>
              <th scope="col">{t.columns.creditor}</th>
              <th scope="col">{t.columns.invoice}</th>
              <th scope="col">{t.columns.date}</th>
              <th scope="col" className="num">
                {t.columns.effect}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" data-label={t.columns.event}>
                {t.base}
              </th>
              <td data-label={t.columns.creditor}>—</td>
              <td data-label={t.columns.invoice}>—</td>
              <td data-label={t.columns.date}>—</td>
              <td className="num" data-label={t.columns.effect}>
                700
              </td>
            </tr>
            {score.contributions.map((c, i) => (
              <tr key={`${c.kind}-${c.date}-${c.invoiceNumber ?? ''}-${i}`}>
                <th scope="row" data-label={t.columns.event}>
                  <span className="table__key">{t.kinds[c.kind] ?? c.kind}</span>
                  <span className="table__note">{c.label}</span>
                </th>
                <td data-label={t.columns.creditor}>{c.creditor}</td>
                <td data-label={t.columns.invoice}>{c.invoiceNumber ?? '—'}</td>
                <td data-label={t.columns.date}>
                  <time dateTime={isoDay(c.date)}>{formatShortDate(c.date)}</time>
                </td>
                <td className={`num effect ${c.effect > 0 ? 'effect--up' : c.effect < 0 ? 'effect--down' : ''}`} data-label={t.columns.effect}>
                  {formatPoints(c.effect)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t.total}
              </th>
              <td className="num">
                <strong>{formatScore(score.value)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
