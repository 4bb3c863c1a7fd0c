import { useState } from 'react';
import type { DebtorInvoicePageQuery } from '../../../gql/graphql';
import { fr } from '../../../i18n/fr';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { DeclarePaymentForm } from './DeclarePaymentForm';
import { DisputeViaLinkForm } from './DisputeViaLinkForm';
import { PaymentPlanForm } from './PaymentPlanForm';

type Page = DebtorInvoicePageQuery['debtorInvoicePage'];
type Panel = 'declare' | 'plan' | 'dispute' | null;

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The invoice, how to pay, the score effect of paying now, and what the debtor may answer. */
export function DebtorInvoiceView({ token, page, today }: { token: string; page: Page; today: string }) {
  const t = fr.debtorLink;
  const [panel, setPanel] = useState<Panel>(null);
  const waiting = page.pendingDeclaration !== null || page.proposedPlan !== null;
  const canAct = page.status === 'OPEN';

  return (
    <article className="card">
      <h1>{t.title(page.invoiceNumber)}</h1>
      <p>{t.from(page.creditorName, page.debtorName)}</p>
      <dl>
        <dt>{t.amount}</dt>
        <dd>{formatMoney(page.amountCents, page.currency)}</dd>
        <dt>{t.dueDate}</dt>
        <dd>
          {formatDate(page.dueDate)} — {t.daysLate(page.daysLate)}
        </dd>
      </dl>
      {page.status !== 'OPEN' ? <p role="status">{t.status[page.status]}</p> : null}
      {page.openDisputeReason ? <p>{t.disputeReason(page.openDisputeReason)}</p> : null}
      {page.pendingDeclaration ? <p role="status">{t.pendingDeclaration(formatDate(page.pendingDeclaration.paidOn))}</p> : null}
      {page.proposedPlan ? <p role="status">{t.pendingPlan}</p> : null}

      {canAct ? (
        <section aria-labelledby="pay-h">
          <h2 id="pay-h">{t.howToPay}</h2>
          {page.paymentUrl ? (
            <p>
              <a className="button" href={page.paymentUrl} rel="noopener noreferrer" target="_blank">
                {t.payOnline}
              </a>
            </p>
          ) : null}
          {page.paymentInstructions ? <p style={{ whiteSpace: 'pre-line' }}>{page.paymentInstructions}</p> : null}
          {!page.paymentUrl && !page.paymentInstructions ? <p>{t.noInstructions}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="score-h">
        <h2 id="score-h">{t.scoreHeading}</h2>
        <p>{t.currentScore(oneDecimal.format(page.currentScore))}</p>
        {canAct ? <p>{t.gain(oneDecimal.format(page.scoreGainIfPaidToday))}</p> : null}
      </section>

      {canAct ? (
        <section aria-labelledby="act-h">
          <h2 id="act-h">{t.actionsHeading}</h2>
          <p>
            {!waiting ? (
              <>
                <button type="button" className="button" onClick={() => setPanel('declare')} aria-expanded={panel === 'declare'}>
                  {t.declare.open}
                </button>{' '}
                <button type="button" className="button button--secondary" onClick={() => setPanel('plan')} aria-expanded={panel === 'plan'}>
                  {t.plan.open}
                </button>{' '}
              </>
            ) : null}
            <button type="button" className="button button--secondary" onClick={() => setPanel('dispute')} aria-expanded={panel === 'dispute'}>
              {t.dispute.open}
            </button>
          </p>
          {panel === 'declare' && !waiting ? <DeclarePaymentForm token={token} today={today} /> : null}
          {panel === 'plan' && !waiting ? <PaymentPlanForm token={token} amountCents={page.amountCents} currency={page.currency} /> : null}
          {panel === 'dispute' ? <DisputeViaLinkForm token={token} /> : null}
        </section>
      ) : null}
      <p className="field__hint">{t.linkExpiresAt(formatDateTime(page.linkExpiresAt))}</p>
    </article>
  );
}
