import { fr } from '../../../i18n/fr';
import { formatMoney, formatPercent } from '../../../lib/format';
import type { DashboardData } from '../graphql/queries/dashboard.query';

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

function Kpi({ label, value, hint, tone }: { label: string; value: string; hint: string; tone?: 'warn' }) {
  return (
    <div className={`kpi${tone ? ` kpi--${tone}` : ''}`}>
      <dt className="kpi__label">{label}</dt>
      <dd className="kpi__value">{value}</dd>
      <dd className="kpi__hint">{hint}</dd>
    </div>
  );
}

/** The seven figures of the period, as a description list (label → value → how to read it). */
export function KpiGrid({ data }: { data: DashboardData }) {
  const t = fr.dashboard.kpi;
  const money = (cents: number) => formatMoney(cents, data.currency);
  const empty = data.invoicesDue === 0;
  const overdueShare = data.outstandingAmountCents > 0 ? formatPercent(data.overdueAmountCents / data.outstandingAmountCents) : formatPercent(0);
  return (
    <dl className="kpi-grid">
      <Kpi label={t.outstanding} value={money(data.outstandingAmountCents)} hint={t.outstandingHint} />
      <Kpi label={t.overdue} value={money(data.overdueAmountCents)} hint={t.overdueHint(overdueShare)} tone={data.overdueAmountCents > 0 ? 'warn' : undefined} />
      <Kpi label={t.dso} value={data.dsoDays === null ? t.none : t.dsoValue(decimal.format(data.dsoDays))} hint={t.dsoHint} />
      <Kpi
        label={t.recovery}
        value={data.recoveryRate === null ? t.none : formatPercent(data.recoveryRate)}
        hint={empty ? t.noneHint : t.recoveryHint(money(data.recoveredAmountCents), money(data.dueAmountCents))}
      />
      <Kpi
        label={t.reminders}
        value={data.averageRemindersPerInvoice === null ? t.none : decimal.format(data.averageRemindersPerInvoice)}
        hint={empty ? t.noneHint : t.remindersHint(data.remindersSent, data.invoicesDue)}
      />
      <Kpi
        label={t.litigation}
        value={data.litigationRate === null ? t.none : formatPercent(data.litigationRate)}
        hint={empty ? t.noneHint : t.litigationHint(data.disputedInvoices)}
        tone={data.disputedInvoices > 0 ? 'warn' : undefined}
      />
      <Kpi
        label={t.cost}
        value={data.tokensPerInvoice === null ? t.none : t.costValue(data.tokensPerInvoice, decimal.format(data.tokensPerInvoice))}
        hint={empty ? t.noneHint : t.costHint(data.tokensSpent)}
      />
    </dl>
  );
}
