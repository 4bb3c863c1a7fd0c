import { Link } from 'react-router-dom';
import type { DebtorRequestsQuery } from '../../../gql/graphql';
import { fr } from '../../../i18n/fr';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { CONFIRM_DECLARED_PAYMENT_MUTATION } from '../graphql/mutations/confirm-declared-payment.mutation';
import { REJECT_DECLARED_PAYMENT_MUTATION } from '../graphql/mutations/reject-declared-payment.mutation';
import { AnswerForms } from './AnswerForms';

type DeclaredPayment = DebtorRequestsQuery['debtorRequests']['declaredPayments'][number];

/** A payment the debtor says it made: confirm (the invoice becomes PAID at that date) or reject. */
export function DeclaredPaymentCard({ payment }: { payment: DeclaredPayment }) {
  const t = fr.debtorRequests.payments;
  // DebtorRequests is not refetched: the card stays on the page to show the answer's outcome.
  const confirm = useAction(CONFIRM_DECLARED_PAYMENT_MUTATION, { refetchQueries: ['Invoices'] });
  const reject = useAction(REJECT_DECLARED_PAYMENT_MUTATION);
  return (
    <article className="card review" aria-label={t.item(formatDateTime(payment.declaredAt))}>
      <h3 className="review__title">{t.item(formatDateTime(payment.declaredAt))}</h3>
      <p>{t.paidOn(formatDate(payment.paidOn))}</p>
      {payment.note ? <blockquote className="quote__text">{t.note(payment.note)}</blockquote> : null}
      <p className="small">
        <Link to={`/espace/factures/${payment.invoiceId}`}>{fr.debtorRequests.invoiceLink}</Link>
      </p>
      <AnswerForms
        accept={confirm}
        decline={reject}
        onAccept={() => void confirm.run({ input: { declarationId: payment.id } })}
        onDecline={(reason) => void reject.run({ input: { declarationId: payment.id, reason } })}
        texts={{ accept: t.confirm, accepting: t.confirming, accepted: t.confirmed, decline: t.reject, declining: t.rejecting, declined: t.rejected }}
      />
    </article>
  );
}
