import { useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { KpiGrid } from '../../features/dashboard/components/KpiGrid';
import { PeriodPicker } from '../../features/dashboard/components/PeriodPicker';
import { SeriesChart } from '../../features/dashboard/components/SeriesChart';
import { paramsForPeriod, parisToday, periodFromParams } from '../../features/dashboard/domain/period';
import { DASHBOARD_QUERY, type DashboardData } from '../../features/dashboard/graphql/queries/dashboard.query';
import '../../features/dashboard/components/dashboard.css';
import { fr } from '../../i18n/fr';
import { formatDate, formatMoney } from '../../lib/format';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

const compactMoney = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
const monthLabel = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const dayLabel = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function bucketLabel(start: string, granularity: DashboardData['granularity']): string {
  const date = new Date(`${start}T00:00:00Z`);
  return granularity === 'MONTH' ? monthLabel.format(date) : dayLabel.format(date);
}

/** The creditor's receivables over a period: seven figures and three charts. */
export function DashboardPage() {
  useDocumentTitle(fr.dashboard.title);
  const t = fr.dashboard;
  const [params, setParams] = useSearchParams();
  const { period, preset } = periodFromParams(params, parisToday());
  const query = useApiQuery(DASHBOARD_QUERY, { period });
  const data = query.data?.dashboard;

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.heading}</h1>
        {data ? <p className="muted">{t.asOf(formatDate(data.asOf))}</p> : null}
      </header>
      <PeriodPicker
        period={period}
        preset={preset}
        onPreset={(next) => setParams({ periode: next })}
        onCustom={(next) => setParams(paramsForPeriod(next))}
      />
      {query.error ? (
        <ErrorMessage message={query.error.userMessage} onRetry={query.refetch} />
      ) : !data ? (
        <Loading />
      ) : (
        <div className={query.loading ? 'is-stale' : undefined} aria-busy={query.loading}>
          <KpiGrid data={data} />
          <div className="chart-grid">
            <SeriesChart
              title={t.charts.flows}
              labels={data.series.map((b) => bucketLabel(b.start, data.granularity))}
              series={[
                { name: t.charts.invoiced, values: data.series.map((b) => b.invoicedCents), kind: 'bar', tone: 1 },
                { name: t.charts.collected, values: data.series.map((b) => b.collectedCents), kind: 'bar', tone: 2 },
              ]}
              formatValue={(cents) => formatMoney(cents, data.currency)}
              formatAxis={(cents) => compactMoney.format(cents / 100)}
            />
            <SeriesChart
              title={t.charts.balance}
              labels={data.series.map((b) => bucketLabel(b.start, data.granularity))}
              series={[
                { name: t.charts.outstanding, values: data.series.map((b) => b.outstandingCents), kind: 'line', tone: 1 },
                { name: t.charts.overdue, values: data.series.map((b) => b.overdueCents), kind: 'line', tone: 3 },
              ]}
              formatValue={(cents) => formatMoney(cents, data.currency)}
              formatAxis={(cents) => compactMoney.format(cents / 100)}
            />
            <SeriesChart
              title={t.charts.reminders}
              labels={data.series.map((b) => bucketLabel(b.start, data.granularity))}
              series={[{ name: t.charts.remindersSeries, values: data.series.map((b) => b.remindersSent), kind: 'bar', tone: 4 }]}
              formatValue={(n) => String(n)}
              integer
            />
          </div>
          <details className="definitions">
            <summary>{t.definitions}</summary>
            <ul>
              {t.definitionsText.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </div>
  );
}
