import { fr } from '../../../i18n/fr';
import { formatMoney, formatPoints, formatScore } from '../../../lib/format';
import type { MyCompanyScore } from '../graphql/queries/my-company-score.query';

/** Open invoices, best gain first: what to pay to raise the score fastest. */
export function ImprovementPlan({ plan }: { plan: MyCompanyScore['improvementPlan'] }) {
  const t = fr.debtor.score;
  return (
    <section className="card" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="card__title">
        {t.planHeading}
      </h2>
      <p className="muted small">{t.planLead}</p>
      {plan.length === 0 ? (
        <p className="muted">{t.planEmpty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t.planHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.planColumns.invoice}</th>
                <th scope="col">{t.planColumns.creditor}</th>
                <th scope="col" className="num">
                  {t.planColumns.amount}
                </th>
                <th scope="col">{t.planColumns.late}</th>
                <th scope="col" className="num">
                  {t.planColumns.gain}
                </th>
                <th scope="col" className="num">
                  {t.planColumns.after}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.map((step) => (
                <tr key={`${step.creditor}-${step.invoiceNumber}`}>
                  <th scope="row" data-label={t.planColumns.invoice}>
                    {step.invoiceNumber}
                  </th>
                  <td data-label={t.planColumns.creditor}>{step.creditor}</td>
                  <td className="num" data-label={t.planColumns.amount}>
                    {formatMoney(step.amountCents)}
                  </td>
                  <td data-label={t.planColumns.late}>{t.daysLate(step.daysLate)}</td>
                  <td className="num effect effect--up" data-label={t.planColumns.gain}>
                    {formatPoints(step.gain)}
                  </td>
                  <td className="num" data-label={t.planColumns.after}>
                    {formatScore(step.scoreIfPaidToday)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
