import { ConfirmedActionButton } from '../../../components/ConfirmedActionButton';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { CANCEL_INVOICE_MUTATION } from '../graphql/mutations/cancel-invoice.mutation';

/** Cancelling is final: asked for confirmation, then its outcome is shown. */
export function CancelInvoiceButton({ invoiceId, onCancelled }: { invoiceId: string; onCancelled: () => void }) {
  const t = fr.invoicePages.cancel;
  const action = useAction(CANCEL_INVOICE_MUTATION, { refetchQueries: ['InvoiceDetail', 'Invoices'], onSuccess: onCancelled });
  return (
    <div className="danger-zone">
      <ConfirmedActionButton
        action={action}
        onConfirmed={() => void action.run({ input: { id: invoiceId } })}
        confirm={t.confirm}
        label={t.submit}
        pending={t.pending}
        done={t.done}
        variant="danger"
      />
    </div>
  );
}
