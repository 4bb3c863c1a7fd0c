import { useId } from 'react';
import { ConfirmedActionButton } from '../../../components/ConfirmedActionButton';
import { fr } from '../../../i18n/fr';
import { formatDateTime } from '../../../lib/format-date-time';
import { formatPhone } from '../../../lib/format-phone';
import { useAction } from '../../../lib/use-action';
import type { TimelineEvent, TimelineMessage, TimelineRun } from '../../invoices/graphql/queries/invoice-detail.query';
import { describeEvent, historyEntries } from '../domain/invoice-history';
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

/** `runName`: which run sent it, when the invoice had several. */
function MessageItem({ message, runName }: { message: TimelineMessage; runName: string | null }) {
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
        {runName ? ` · ${runName}` : ''}
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

function EventItem({ event, currency }: { event: TimelineEvent; currency: string }) {
  const described = describeEvent(event, currency);
  return (
    <li className={`timeline__item timeline__item--event timeline__item--event-${described.tone}`}>
      <div className="timeline__head">
        <span className="timeline__what">{described.title}</span>
      </div>
      <p className="timeline__meta">
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> · {described.by}
      </p>
      {described.lines.length > 0 ? (
        <ul className="timeline__facts">
          {described.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function runName(run: TimelineRun): string {
  const t = fr.invoicePages.timeline;
  return run.scenarioId === 'payment-plan' ? t.planRun : t.run(run.scenarioName);
}

/** A run in one line: its status (why it waits, how it ended), when it started, its token; the stop button while it runs. */
function RunSummary({ run }: { run: TimelineRun }) {
  const t = fr.invoicePages.timeline;
  const stop = useAction(STOP_RUN_MUTATION, { refetchQueries: ['InvoiceDetail'] });
  const ending = run.endReason ? (t.endReason[run.endReason] ?? run.endReason) : null;
  const waiting = run.status === 'PAUSED' && run.pausedReason ? (t.pausedReason[run.pausedReason] ?? null) : null;
  const token = run.tokenRefunded ? t.tokenRefunded : run.tokenSpent ? t.tokenSpent : t.noToken;
  return (
    <li className="timeline__run">
      <h4 className="timeline__run-title">
        {runName(run)}
      </h4>
      <p className="timeline__meta">
        <span className={`tag ${run.status === 'ACTIVE' ? 'tag--info' : run.status === 'PAUSED' ? 'tag--warn' : 'tag--muted'}`}>{t.runStatus[run.status] ?? run.status}</span>{' '}
        {waiting ? `${waiting} · ` : ''}
        {t.startedOn(formatDateTime(run.createdAt))}
        {ending ? ` · ${ending}` : ''} · {token}
      </p>
      {run.status === 'ACTIVE' ? (
        <div className="timeline__actions">
          <ConfirmedActionButton
            action={stop}
            onConfirmed={() => void stop.run({ input: { runId: run.id } })}
            confirm={t.stopConfirm}
            label={t.stop}
            pending={t.stopPending}
            done={t.stopDone}
            variant="secondary"
          />
        </div>
      ) : null}
    </li>
  );
}

/**
 * The invoice's history: its runs (newest first, each with its status and the stop button while it
 * runs), then one chronology, oldest first, of every message of every run and of every event
 * (declared payments, payment plans and their instalments, disputes, due-date changes…), in French.
 */
export function InvoiceTimeline({ runs, events, currency }: { runs: readonly TimelineRun[]; events: readonly TimelineEvent[]; currency: string }) {
  const t = fr.invoicePages.timeline;
  const id = useId();
  const entries = historyEntries(runs, events);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t.heading}
      </h2>
      {runs.length === 0 && events.length === 0 ? <p className="muted">{t.empty}</p> : null}
      {runs.length > 0 ? (
        <section className="timeline__section" aria-labelledby={`${id}-runs`}>
          <h3 id={`${id}-runs`} className="timeline__section-title">
            {t.runsHeading}
          </h3>
          <ul className="timeline__runs">
            {runs.map((run) => (
              <RunSummary key={run.id} run={run} />
            ))}
          </ul>
        </section>
      ) : null}
      {entries.length > 0 ? (
        <section className="timeline__section" aria-labelledby={`${id}-chronology`}>
          <h3 id={`${id}-chronology`} className="timeline__section-title">
            {t.chronologyHeading}
          </h3>
          <ol className="timeline">
            {entries.map((entry) =>
              entry.type === 'event' ? (
                <EventItem key={`e-${entry.event.id}`} event={entry.event} currency={currency} />
              ) : (
                <MessageItem key={`m-${entry.message.id}`} message={entry.message} runName={runs.length > 1 ? runName(runs[entry.runIndex]!) : null} />
              ),
            )}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
