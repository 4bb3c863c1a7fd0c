import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { DeclaredPaymentCard } from '../../features/debtor-requests/components/DeclaredPaymentCard';
import { MissedInstalmentCard } from '../../features/debtor-requests/components/MissedInstalmentCard';
import { PaymentPlanCard } from '../../features/debtor-requests/components/PaymentPlanCard';
import { DEBTOR_REQUESTS_QUERY } from '../../features/debtor-requests/graphql/queries/debtor-requests.query';
import { fr } from '../../i18n/fr';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

/** What debtors declared or proposed on their invoice page, and missed instalments of accepted plans, awaiting the creditor's answer. */
export function DebtorRequestsPage() {
  const t = fr.debtorRequests;
  useDocumentTitle(t.title);
  const { data, error, refetch } = useApiQuery(DEBTOR_REQUESTS_QUERY, {});
  const requests = data?.debtorRequests;
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.title}</h1>
        <p className="muted">{t.lead}</p>
      </header>
      {error ? (
        <ErrorMessage message={error.userMessage} onRetry={refetch} />
      ) : !requests ? (
        <Loading />
      ) : requests.declaredPayments.length === 0 && requests.paymentPlans.length === 0 && requests.missedInstalments.length === 0 ? (
        <div className="empty card">
          <p className="empty__text">{t.empty}</p>
        </div>
      ) : (
        <>
          {requests.declaredPayments.length > 0 ? (
            <section>
              <h2>{t.payments.heading}</h2>
              {requests.declaredPayments.map((payment) => (
                <DeclaredPaymentCard key={payment.id} payment={payment} />
              ))}
            </section>
          ) : null}
          {requests.paymentPlans.length > 0 ? (
            <section>
              <h2>{t.plans.heading}</h2>
              {requests.paymentPlans.map((plan) => (
                <PaymentPlanCard key={plan.id} plan={plan} />
              ))}
            </section>
          ) : null}
          {requests.missedInstalments.length > 0 ? (
            <section>
              <h2>{t.missed.heading}</h2>
              <p className="muted">{t.missed.lead}</p>
              {requests.missedInstalments.map((instalment) => (
                <MissedInstalmentCard key={`${instalment.planId}-${instalment.number}`} instalment={instalment} />
              ))}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
