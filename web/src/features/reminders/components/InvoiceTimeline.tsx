import { useId } from 'react';
import { ActionFeedback } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { formatDateTime } from '../../../lib/format-date-time';
import { formatPhone } from '../../../lib/format-phone';
import { useAction } from '../../../lib/use-action';
import type { TimelineMessage, TimelineRun } from '../../invoices/graphql/queries/invoice-detail.query';
import { STOP_RUN_MUTATION } from '../graphql/mutations/stop-run.mutation';

const STATUS_TONE: Record<string, string> = {
  SENT: 'tag--ok',
  DELIVERED: 'tag--ok',
  FAILED: 'tag--late',
  UNKNOWN: 'tag--warn',
  NOT_CONFIGURED: 'tag--warn',
  AWAITING_APPROVAL: 'tag--warn',
  CANCELLED: 'tag--muted',
  SKIPPED: 'tag--muted',
};

function MessageItem({ message }: { message: TimelineMessage }) {
  const t = fr.invoicePages;
  const when = message.deliveredAt
    ? t.timeline.deliveredOn(formatDateTime(message.deliveredAt))
    : message.sentAt
      ? t.timeline.sentOn(formatDateTime(message.sentAt))
      : t.timeline.scheduledFor(formatDateTime(message.scheduledAt));
  return (
    <li className={`timeline__item timeline__item--${message.tone.toLowerCase()}`}>
      <div className="timeline__head">
        <span className="timeline__what">
          {t.tone[message.tone]} · {t.channel[message.channel]}
        </span>
        <span className={`tag ${STATUS_TONE[message.status] ?? 'tag--info'}`}>{t.messageStatus[message.status]}</span>
      </div>
      <p className="timeline__meta">
        {when} · {t.timeline.to(message.channel === 'SMS' ? formatPhone(message.toAddress) : message.toAddress)}
      </p>
      {message.lastError && message.status !== 'CANCELLED' ? <p className="timeline__error">{message.lastError}</p> : null}
      {message.body ? (
        <details className="timeline__content">
          <summary>{t.timeline.showContent}</summary>
          {message.subject ? <p className="timeline__subject">{message.subject}</p> : null}
          <p className="timeline__body">{message.body}</p>
        </details>
      ) : null}
    </li>
  );
}

function RunBlock({ run }: { run: TimelineRun }) {
  const t = fr.invoicePages.timeline;
  const id = useId();
  const stop = useAction(STOP_RUN_MUTATION, { refetchQueries: ['InvoiceDetail'] });
  const ending = run.endReason ? (t.endReason[run.endReason] ?? run.endReason) : null;
  return (
    <section className="timeline__run" aria-labelledby={`${id}-h`}>
      <header className="timeline__run-head">
        <h3 id={`${id}-h`} className="timeline__run-title">
          {t.run(run.scenarioName)}
        </h3>
        <p className="timeline__meta">
          <span className={`tag ${run.status === 'ACTIVE' ? 'tag--info' : 'tag--muted'}`}>{t.runStatus[run.status]}</span> {t.startedOn(formatDateTime(run.createdAt))}
          {ending ? ` · ${ending}` : ''} · {run.tokenRefunded ? t.tokenRefunded : t.tokenSpent}
        </p>
        {run.status === 'ACTIVE' ? (
          <div className="timeline__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={stop.pending}
              aria-busy={stop.pending}
              onClick={() => {
                if (window.confirm(t.stopConfirm)) void stop.run({ input: { runId: run.id } });
              }}
            >
              {stop.pending ? t.stopPending : t.stop}
            </button>
            <ActionFeedback action={stop} pending={t.stopPending} success={t.stopDone} />
          </div>
        ) : null}
      </header>
      <ol className="timeline">
        {run.messages.map((message) => (
          <MessageItem key={message.id} message={message} />
        ))}
      </ol>
    </section>
  );
}

/** Every run of the invoice, newest first, with each message and its delivery status. */
export function InvoiceTimeline({ runs }: { runs: readonly TimelineRun[] }) {
  const t = fr.invoicePages.timeline;
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="card__title">
        {t.heading}
      </h2>
      {runs.length === 0 ? <p className="muted">{t.empty}</p> : runs.map((run) => <RunBlock key={run.id} run={run} />)}
    </section>
  );
}
