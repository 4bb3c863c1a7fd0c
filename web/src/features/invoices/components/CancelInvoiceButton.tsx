import { ActionFeedback } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { CANCEL_INVOICE_MUTATION } from '../graphql/mutations/cancel-invoice.mutation';

/** Cancelling is final: asked for confirmation, then its outcome is shown. */
export function CancelInvoiceButton({ invoiceId, onCancelled }: { invoiceId: string; onCancelled: () => void }) {
  const t = fr.invoicePages.cancel;
  const action = useAction(CANCEL_INVOICE_MUTATION, { refetchQueries: ['InvoiceDetail', 'Invoices'], onSuccess: onCancelled });
  return (
    <div className="danger-zone">
      <button
        type="button"
        className="button button--danger button--small"
        disabled={action.pending}
        aria-busy={action.pending}
        onClick={() => {
          if (window.confirm(t.confirm)) void action.run({ input: { id: invoiceId } });
        }}
      >
        {action.pending ? t.pending : t.submit}
      </button>
      <ActionFeedback action={action} pending={t.pending} success={t.done} />
    </div>
  );
}
