import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { AUDIT_LOG_QUERY } from '../../features/moderation/graphql/queries/audit-log.query';
import { fr } from '../../i18n/fr';
import { toApiError } from '../../lib/api-error';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';

const SUBJECT_TYPES = ['COMPANY_CLAIM', 'PUBLICATION', 'INVOICE_DISPUTE', 'USER', 'COMPANY'] as const;
const PAGE = 50;

/** Newest first, filterable by kind of subject, "older entries" appends the next page. */
export function AuditLogPage() {
  const t = fr.moderation.audit;
  useDocumentTitle(t.title);
  const filterId = useId();
  const [params, setParams] = useSearchParams();
  const subjectType = params.get('sujet') ?? null;
  const result = useQuery(AUDIT_LOG_QUERY, { variables: { first: PAGE, subjectType }, notifyOnNetworkStatusChange: true });
  const log = result.data?.auditLog;

  function more() {
    if (!log?.pageInfo.endCursor) return;
    void result
      .fetchMore({
        variables: { after: log.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          auditLog: { ...fetchMoreResult.auditLog, nodes: [...(prev.auditLog?.nodes ?? []), ...fetchMoreResult.auditLog.nodes] },
        }),
      })
      .catch(() => undefined);
  }

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.title}</h1>
        <p className="muted">{t.lead}</p>
      </header>
      <div className="field field--inline">
        <label htmlFor={filterId}>{t.filter}</label>
        <select id={filterId} value={subjectType ?? ''} onChange={(e) => setParams(e.target.value ? { sujet: e.target.value } : {})}>
          <option value="">{t.allSubjects}</option>
          {SUBJECT_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      {result.error ? (
        <ErrorMessage message={toApiError(result.error).userMessage} onRetry={() => void result.refetch().catch(() => undefined)} />
      ) : !log ? (
        <Loading />
      ) : log.nodes.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.when}</th>
                  <th scope="col">{t.columns.actor}</th>
                  <th scope="col">{t.columns.action}</th>
                  <th scope="col">{t.columns.subject}</th>
                  <th scope="col">{t.columns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {log.nodes.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" data-label={t.columns.when}>
                      <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                    </th>
                    <td data-label={t.columns.actor}>{entry.actorLabel}</td>
                    <td data-label={t.columns.action}>
                      <code>{entry.action}</code>
                    </td>
                    <td data-label={t.columns.subject}>
                      <span className="small">
                        {entry.subjectType} <span className="muted">{entry.subjectId}</span>
                      </span>
                    </td>
                    <td data-label={t.columns.reason}>
                      {entry.reason ?? '—'}
                      {entry.detailsJson && entry.detailsJson !== '{}' ? (
                        <details className="audit__details">
                          <summary>{t.details}</summary>
                          <pre>{JSON.stringify(JSON.parse(entry.detailsJson), null, 2)}</pre>
                        </details>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {log.pageInfo.hasNextPage ? (
            <button type="button" className="button button--secondary" onClick={more} disabled={result.networkStatus === NetworkStatus.fetchMore}>
              {t.more}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
