import { fr } from '../../../i18n/fr';
import { INVOICE_STATUSES, type InvoiceStatus } from '../graphql/queries/invoices.query';

/** A radio group styled as chips: one tab stop, arrows move between options (native behaviour). */
export function InvoiceStatusFilter({
  value,
  onChange,
}: {
  value: InvoiceStatus | null;
  onChange: (status: InvoiceStatus | null) => void;
}) {
  const options: { value: InvoiceStatus | null; label: string }[] = [
    { value: null, label: fr.invoices.all },
    ...INVOICE_STATUSES.map((status) => ({ value: status, label: fr.invoices.filterOptions[status] })),
  ];
  return (
    <fieldset className="chips">
      <legend className="chips__legend">{fr.invoices.filterLegend}</legend>
      {options.map((option) => {
        const id = `status-${option.value ?? 'ALL'}`;
        return (
          <span className="chip" key={id}>
            <input
              type="radio"
              id={id}
              name="invoice-status"
              className="chip__input"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={id} className="chip__label">
              {option.label}
            </label>
          </span>
        );
      })}
    </fieldset>
  );
}
