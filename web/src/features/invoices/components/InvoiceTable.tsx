import { Link } from 'react-router-dom';
import { fr } from '../../../i18n/fr';
import { formatDate, formatMoney, formatShortDate, isoDay } from '../../../lib/format';
import type { InvoiceRow } from '../graphql/queries/invoices.query';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

/**
 * A real table for assistive technology; below 800 px the CSS lays each row out as a card and
 * shows the column name from `data-label`.
 */
export function InvoiceTable({ invoices }: { invoices: InvoiceRow[] }) {
  const c = fr.invoices.columns;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{fr.invoices.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.number}</th>
            <th scope="col">{c.debtor}</th>
            <th scope="col" className="num">
              {c.amount}
            </th>
            <th scope="col">{c.issueDate}</th>
            <th scope="col">{c.dueDate}</th>
            <th scope="col">{c.status}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <th scope="row" data-label={c.number} className="table__key">
                <Link to={`/espace/factures/${invoice.id}`}>{invoice.number}</Link>
              </th>
              <td data-label={c.debtor}>
                <Link to={`/entreprises/${invoice.debtor.siren}`}>{invoice.debtor.name}</Link>
              </td>
              <td data-label={c.amount} className="num">
                {formatMoney(invoice.amountCents, invoice.currency)}
              </td>
              <td data-label={c.issueDate}>
                <time dateTime={isoDay(invoice.issueDate)} title={formatDate(invoice.issueDate)}>
                  {formatShortDate(invoice.issueDate)}
                </time>
              </td>
              <td data-label={c.dueDate}>
                <time dateTime={isoDay(invoice.dueDate)} title={formatDate(invoice.dueDate)}>
                  {formatShortDate(invoice.dueDate)}
                </time>
              </td>
              <td data-label={c.status}>
                <InvoiceStatusBadge invoice={invoice} />
                {invoice.status === 'PAID' && invoice.paidAt ? (
                  <span className="table__note">{fr.invoices.paidOn(formatShortDate(invoice.paidAt))}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
