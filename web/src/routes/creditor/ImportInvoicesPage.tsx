import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ActionFeedback, SubmitButton } from '../../components/ActionFeedback';
import { IMPORT_INVOICES_MUTATION } from '../../features/invoices/graphql/mutations/import-invoices.mutation';
import { fr } from '../../i18n/fr';
import { useAction } from '../../lib/use-action';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Imports a CSV (chosen or pasted) and reports, line by line, what was refused and why. */
export function ImportInvoicesPage() {
  useDocumentTitle(fr.invoicePages.importCsv.title);
  const t = fr.invoicePages.importCsv;
  const id = useId();
  const [csv, setCsv] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction(IMPORT_INVOICES_MUTATION, { refetchQueries: ['Invoices'] });
  const result = action.status === 'success' ? action.data?.importInvoices : undefined;

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(csv.trim() === '');
    if (csv.trim() === '') return;
    void action.run({ input: { csv } });
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/espace/factures">{fr.invoicePages.detail.back}</Link>
      </p>
      <h1 className="page__title">{t.heading}</h1>
      <p className="muted">{t.lead}</p>
      <p className="muted small">{t.columns}</p>
      <form className="card form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t.file}</label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void pick(e)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>
            {t.text} <span className="muted">({t.orPaste})</span>
          </label>
          <textarea id={`${id}-text`} rows={8} className="mono" value={csv} onChange={(e) => setCsv(e.target.value)} aria-invalid={missing} spellCheck={false} />
          {missing ? <p className="field__error">{t.empty}</p> : null}
        </div>
        <SubmitButton pending={action.pending} pendingLabel={t.pending}>
          {t.submit}
        </SubmitButton>
        <ActionFeedback action={action} pending={t.pending} success={t.done} />
      </form>
      {result ? (
        <section className="card" aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} className="card__title">
            {t.summary(result.created, result.alreadyImported, result.rejected)}
          </h2>
          {result.errors.length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t.errorsHeading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.errorColumns.line}</th>
                    <th scope="col">{t.errorColumns.field}</th>
                    <th scope="col">{t.errorColumns.message}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((error, i) => (
                    <tr key={`${error.line}-${error.field ?? ''}-${i}`}>
                      <th scope="row" data-label={t.errorColumns.line}>
                        {error.line}
                      </th>
                      <td data-label={t.errorColumns.field}>{error.field ? (t.fieldColumns[error.field] ?? error.field) : '—'}</td>
                      <td data-label={t.errorColumns.message}>{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p className="import-result__next">
            <Link to="/espace/factures">{t.seeInvoices}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
