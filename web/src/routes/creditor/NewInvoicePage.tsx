import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ActionFeedback, SubmitButton } from '../../components/ActionFeedback';
import { parisToday } from '../../features/dashboard/domain/period';
import { parseEuros } from '../../features/invoices/domain/parse-euros';
import { CREATE_INVOICE_MUTATION } from '../../features/invoices/graphql/mutations/create-invoice.mutation';
import { fr } from '../../i18n/fr';
import { useAction } from '../../lib/use-action';
import { useDocumentTitle } from '../../lib/use-document-title';

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Creates one invoice; on success, opens it (where reminders can start). */
export function NewInvoicePage() {
  useDocumentTitle(fr.invoicePages.create.title);
  const t = fr.invoicePages.create;
  const id = useId();
  const navigate = useNavigate();
  const today = parisToday();
  const [form, setForm] = useState({
    debtorSiren: '',
    debtorName: '',
    number: '',
    amount: '',
    issueDate: today,
    dueDate: addDays(today, 30),
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  });
  const [amountError, setAmountError] = useState(false);
  const action = useAction(CREATE_INVOICE_MUTATION, {
    refetchQueries: ['Invoices'],
    onSuccess: (data) => navigate(`/espace/factures/${data.createInvoice.id}`),
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const amountCents = parseEuros(form.amount);
    setAmountError(amountCents === null);
    if (amountCents === null) return;
    const contact =
      form.contactEmail || form.contactPhone
        ? { name: form.contactName || null, email: form.contactEmail || null, phone: form.contactPhone || null }
        : null;
    void action.run({
      input: {
        debtorSiren: form.debtorSiren.replace(/\s/g, ''),
        debtorName: form.debtorName || null,
        number: form.number,
        amountCents,
        issueDate: form.issueDate,
        dueDate: form.dueDate,
        contact,
      },
    });
  }

  const field = (key: keyof typeof form, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={form[key]} onChange={set(key)} aria-describedby={hint ? `${id}-${key}-hint` : undefined} {...props} />
      {hint ? (
        <p id={`${id}-${key}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/espace/factures">{fr.invoicePages.detail.back}</Link>
      </p>
      <h1 className="page__title">{t.heading}</h1>
      <form className="card form" onSubmit={submit}>
        {field('debtorSiren', t.debtorSiren, { required: true, inputMode: 'numeric', autoComplete: 'off', pattern: '[0-9 ]{9,11}' }, t.debtorSirenHint)}
        {field('debtorName', t.debtorName, {}, t.debtorNameHint)}
        {field('number', t.number, { required: true, maxLength: 50 })}
        <div className="field">
          <label htmlFor={`${id}-amount`}>{t.amount}</label>
          <input
            id={`${id}-amount`}
            required
            inputMode="decimal"
            value={form.amount}
            onChange={set('amount')}
            aria-invalid={amountError}
            aria-describedby={`${id}-amount-hint`}
          />
          <p id={`${id}-amount-hint`} className={amountError ? 'field__error' : 'field__hint'}>
            {amountError ? t.amountInvalid : t.amountHint}
          </p>
        </div>
        <div className="form-row">
          {field('issueDate', t.issueDate, { type: 'date', required: true })}
          {field('dueDate', t.dueDate, { type: 'date', required: true, min: form.issueDate })}
        </div>
        <fieldset className="fieldset">
          <legend>{t.contactHeading}</legend>
          {field('contactName', t.contactName, { autoComplete: 'off' })}
          {field('contactEmail', t.contactEmail, { type: 'email', autoComplete: 'off' })}
          {field('contactPhone', t.contactPhone, { type: 'tel', autoComplete: 'off' })}
        </fieldset>
        <SubmitButton pending={action.pending} pendingLabel={t.pending}>
          {t.submit}
        </SubmitButton>
        <ActionFeedback action={action} pending={t.pending} success={t.done} />
      </form>
    </div>
  );
}
