import { Link } from 'react-router-dom';
import type { DebtorRequestsQuery } from '../../../gql/graphql';
import { fr } from '../../../i18n/fr';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { ACCEPT_PAYMENT_PLAN_MUTATION } from '../graphql/mutations/accept-payment-plan.mutation';
import { DECLINE_PAYMENT_PLAN_MUTATION } from '../graphql/mutations/decline-payment-plan.mutation';
import { AnswerForms } from './AnswerForms';

type PaymentPlan = DebtorRequestsQuery['debtorRequests']['paymentPlans'][number];

/** Instalments the debtor proposed: accept (reminders follow the plan) or decline. */
export function PaymentPlanCard({ plan }: { plan: PaymentPlan }) {
  const t = fr.debtorRequests.plans;
  const accept = useAction(ACCEPT_PAYMENT_PLAN_MUTATION);
  const decline = useAction(DECLINE_PAYMENT_PLAN_MUTATION);
  return (
    <article className="card review" aria-label={t.item(formatDateTime(plan.proposedAt))}>
      <h3 className="review__title">{t.item(formatDateTime(plan.proposedAt))}</h3>
      <ul>
        {plan.instalments.map((instalment) => (
          <li key={instalment.dueDate}>{t.instalment(formatMoney(instalment.amountCents, 'EUR'), formatDate(instalment.dueDate))}</li>
        ))}
      </ul>
      <p className="small">
        <Link to={`/espace/factures/${plan.invoiceId}`}>{fr.debtorRequests.invoiceLink}</Link>
      </p>
      <AnswerForms
        accept={accept}
        decline={decline}
        onAccept={() => void accept.run({ input: { planId: plan.id } })}
        onDecline={(reason) => void decline.run({ input: { planId: plan.id, reason } })}
        texts={{ accept: t.accept, accepting: t.accepting, accepted: t.accepted, decline: t.decline, declining: t.declining, declined: t.declined }}
      />
    </article>
  );
}
