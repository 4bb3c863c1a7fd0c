/**
 * The dashboard's SQL: two statements, one round trip each, whatever the number of invoices.
 * Definitions of every figure: domain/metrics.ts. Parameters of both: $1 creditor SIREN,
 * $2 `from`, $3 `asOf` (dates), $4 currency; the series adds $5, the bucket unit ('week'|'month',
 * from an enum, never user text).
 *
 * Plans: invoices are read once through (creditor_siren, …) indexes; messages through the
 * runs of the cohort's invoices (reminder_messages_invoice_idx) or of the creditor
 * (reminder_runs_creditor_idx, then reminder_messages_run_status_idx); ledger entries by their
 * unique (reason, reference) index. Sent instants are compared as Paris calendar dates.
 */

/** Invoices in scope: this creditor, this currency, not cancelled, issued on or before asOf. */
const SCOPE = `
  scope AS (
    SELECT id, amount_cents, issue_date, due_date, paid_at, status
    FROM invoices
    WHERE creditor_siren = $1 AND currency = $4 AND status <> 'CANCELLED' AND issue_date <= $3::date
  )`;

/** End of the Paris calendar day $3 as an instant, for timestamptz columns. */
const AS_OF_END = `(($3::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`;

export const DASHBOARD_SUMMARY_SQL = `
  WITH ${SCOPE},
  cohort AS (
    SELECT * FROM scope WHERE due_date BETWEEN $2::date AND $3::date
  ),
  reminders AS (
    SELECT count(*)::int AS sent
    FROM reminder_messages m
    JOIN cohort c ON c.id = m.invoice_id
    WHERE m.tone <> 'THANKS' AND m.sent_at IS NOT NULL AND m.sent_at < ${AS_OF_END}
  ),
  tokens AS (
    SELECT coalesce(-sum(l.delta), 0)::int AS spent
    FROM reminder_runs r
    JOIN cohort c ON c.id = r.invoice_id
    JOIN token_ledger_entries l
      ON l.reason IN ('INVOICE_PROCESSING', 'REFUND') AND l.reference = r.id::text AND l.company_siren = $1
    WHERE l.created_at < ${AS_OF_END}
  )
  SELECT
    (SELECT coalesce(sum(amount_cents), 0) FROM scope WHERE paid_at IS NULL OR paid_at > $3::date)::text AS outstanding,
    (SELECT coalesce(sum(amount_cents), 0) FROM scope
      WHERE (paid_at IS NULL OR paid_at > $3::date) AND due_date < $3::date)::text AS overdue,
    (SELECT coalesce(sum(amount_cents), 0) FROM scope WHERE issue_date >= $2::date)::text AS invoiced,
    (SELECT count(*) FROM cohort)::int AS due_count,
    (SELECT coalesce(sum(amount_cents), 0) FROM cohort)::text AS due_amount,
    (SELECT coalesce(sum(amount_cents), 0) FROM cohort WHERE paid_at <= $3::date)::text AS recovered,
    (SELECT count(*) FROM cohort WHERE status = 'DISPUTED')::int AS disputed,
    (SELECT sent FROM reminders) AS reminders_sent,
    (SELECT spent FROM tokens) AS tokens_spent`;

export interface DashboardSummaryRow {
  outstanding: string;
  overdue: string;
  invoiced: string;
  due_count: number;
  due_amount: string;
  recovered: string;
  disputed: number;
  reminders_sent: number;
  tokens_spent: number;
}

/**
 * Outstanding and overdue at each bucket's end come from running sums of dated changes rather
 * than from re-reading every invoice per bucket: an invoice adds its amount to outstanding on its
 * issue date and removes it on its payment date; unless paid by its due date, it adds to overdue
 * the day after its due date and removes it on its payment date. Changes are first summed per day, so the join with
 * the buckets is (buckets × distinct days), not (buckets × invoices).
 */
export const DASHBOARD_SERIES_SQL = `
  WITH ${SCOPE},
  changes AS (
    SELECT day, sum(outstanding) AS outstanding, sum(overdue) AS overdue, sum(invoiced) AS invoiced, sum(collected) AS collected
    FROM (
      SELECT issue_date AS day, amount_cents AS outstanding, 0 AS overdue, amount_cents AS invoiced, 0 AS collected FROM scope
      UNION ALL
      SELECT paid_at, -amount_cents, 0, 0, amount_cents FROM scope WHERE paid_at <= $3::date
      UNION ALL
      SELECT due_date + 1, 0, amount_cents, 0, 0 FROM scope WHERE due_date < $3::date AND (paid_at IS NULL OR paid_at > due_date)
      UNION ALL
      SELECT paid_at, 0, -amount_cents, 0, 0 FROM scope WHERE paid_at > due_date AND paid_at <= $3::date
    ) AS change
    GROUP BY day
  ),
  buckets AS (
    SELECT greatest(b::date, $2::date) AS start_day,
           least((b + ('1 ' || $5)::interval)::date - 1, $3::date) AS end_day
    FROM generate_series(date_trunc($5, $2::date::timestamp), $3::date::timestamp, ('1 ' || $5)::interval) AS b
  ),
  -- MATERIALIZED: computed once, not once per bucket by the correlated sum below.
  sent AS MATERIALIZED (
    SELECT (m.sent_at AT TIME ZONE 'Europe/Paris')::date AS day, count(*) AS n
    FROM reminder_runs r
    JOIN reminder_messages m ON m.run_id = r.id
    WHERE r.creditor_siren = $1 AND m.tone <> 'THANKS'
      AND m.sent_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Paris') AND m.sent_at < ${AS_OF_END}
    GROUP BY 1
  )
  SELECT
    to_char(b.start_day, 'YYYY-MM-DD') AS start_day,
    to_char(b.end_day, 'YYYY-MM-DD') AS end_day,
    coalesce(sum(c.outstanding), 0)::text AS outstanding,
    coalesce(sum(c.overdue), 0)::text AS overdue,
    coalesce(sum(c.invoiced) FILTER (WHERE c.day >= b.start_day), 0)::text AS invoiced,
    coalesce(sum(c.collected) FILTER (WHERE c.day >= b.start_day), 0)::text AS collected,
    (SELECT coalesce(sum(n), 0) FROM sent s WHERE s.day BETWEEN b.start_day AND b.end_day)::int AS reminders_sent
  FROM buckets b
  LEFT JOIN changes c ON c.day <= b.end_day
  GROUP BY b.start_day, b.end_day
  ORDER BY b.start_day`;

export interface DashboardSeriesRow {
  start_day: string;
  end_day: string;
  outstanding: string;
  overdue: string;
  invoiced: string;
  collected: string;
  reminders_sent: number;
}
