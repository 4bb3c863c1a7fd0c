import { fr } from '../../../i18n/fr';
import type { InvoiceRow } from '../graphql/queries/invoices.query';

/** Status as a coloured tag; an open invoice past its due date says by how many days. */
export function InvoiceStatusBadge({ invoice }: { invoice: Pick<InvoiceRow, 'status' | 'daysOverdue'> }) {
  if (invoice.status === 'OPEN' && invoice.daysOverdue > 0) {
    return <span className="tag tag--late">{fr.invoices.overdue(invoice.daysOverdue)}</span>;
  }
  const tone = { OPEN: 'tag--info', PAID: 'tag--ok', DISPUTED: 'tag--warn', CANCELLED: 'tag--muted' }[invoice.status];
  return <span className={`tag ${tone}`}>{fr.status[invoice.status]}</span>;
}
