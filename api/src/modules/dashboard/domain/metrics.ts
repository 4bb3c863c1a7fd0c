/**
 * What each dashboard figure means. One place for the definitions: the SQL (dashboard.queries.ts),
 * the GraphQL descriptions and the README quote these.
 *
 * Common ground
 * - Scope: the active creditor company's invoices in EUR, CANCELLED invoices excluded everywhere
 *   (a cancelled invoice is no longer owed). Other currencies are left out of every figure rather
 *   than summed with euros.
 * - The period is [from, to], calendar dates in Europe/Paris. Every figure is read **as of**
 *   `asOf` = min(to, today): a payment, a reminder or a token movement after `asOf` does not
 *   count, so a closed period always shows the same figures.
 * - The cohort: invoices whose due date falls in [from, asOf]. Ratios (recovery, reminders per
 *   invoice, litigation, tokens per invoice) are over the cohort and are null when it is empty.
 *
 * Figures
 * - outstanding: sum of amounts issued on or before asOf and not paid on or before asOf.
 * - overdue: the part of outstanding whose due date is before asOf.
 * - invoiced: sum of amounts issued in [from, asOf].
 * - DSO (days sales outstanding, countback-free classic formula):
 *     outstanding / invoiced × number of days in [from, asOf]; null when nothing was invoiced.
 * - recovery rate: cohort amount paid on or before asOf / cohort amount.
 * - average reminders per invoice: reminder messages of cohort invoices handed to the provider
 *   (sent_at set, on or before asOf), THANKS messages excluded, / cohort size.
 * - litigation rate: cohort invoices whose status is DISPUTED / cohort size. (The invoice keeps
 *   no dispute date, so the current status is read.)
 * - tokens per invoice: tokens spent on the reminder runs of cohort invoices minus refunds, both
 *   by ledger entry date on or before asOf, / cohort size.
 *
 * Series (one bucket per ISO week, Monday first, or per calendar month, clipped to [from, asOf]):
 * invoiced and collected (amounts paid) inside the bucket, outstanding and overdue at the
 * bucket's last day, reminders sent inside the bucket (THANKS excluded).
 */
export const DASHBOARD_CURRENCY = 'EUR';

/** At most this many days per period: 2 years of weekly buckets stay readable (≤ 106 points). */
export const MAX_PERIOD_DAYS = 731;
