import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { formatMoney } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { PROPOSE_PAYMENT_PLAN_MUTATION } from '../graphql/mutations/propose-payment-plan.mutation';

interface Row {
  dueDate: string;
  euros: string;
}

/** "12,50" or "12.50" → 1250 cents; NaN when it is not an amount. */
function toCents(euros: string): number {
  const normalized = euros.replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(normalized) ? Math.round(Number(normalized) * 100) : Number.NaN;
}

/** Instalments (dates and amounts); the API checks they sum to the amount and says so in French. */
export function PaymentPlanForm({ token, amountCents, currency }: { token: string; amountCents: number; currency: string }) {
  const t = fr.debtorLink.plan;
  const id = useId();
  const [rows, setRows] = useState<Row[]>([
    { dueDate: '', euros: '' },
    { dueDate: '', euros: '' },
  ]);
  const action = useAction(PROPOSE_PAYMENT_PLAN_MUTATION, { refetchQueries: ['DebtorInvoicePage'] });
  const total = rows.reduce((sum, row) => sum + (Number.isNaN(toCents(row.euros)) ? 0 : toCents(row.euros)), 0);

  const update = (index: number, patch: Partial<Row>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { token, instalments: rows.map((row) => ({ dueDate: row.dueDate, amountCents: toCents(row.euros) || 0 })) } });
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.heading}</h3>
      <p className="field__hint">{t.hint(formatMoney(amountCents, currency))}</p>
      {rows.map((row, index) => (
        <fieldset key={index} className="field">
          <legend>{t.instalment(index + 1)}</legend>
          <label htmlFor={`${id}-d${index}`}>{t.date}</label>
          <input id={`${id}-d${index}`} type="date" required value={row.dueDate} onChange={(e) => update(index, { dueDate: e.target.value })} />
          <label htmlFor={`${id}-a${index}`}>{t.amountEuros}</label>
          <input id={`${id}-a${index}`} type="text" inputMode="decimal" required value={row.euros} onChange={(e) => update(index, { euros: e.target.value })} />
          {rows.length > 2 ? (
            <button type="button" className="button button--secondary" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
              {t.remove}
            </button>
          ) : null}
        </fieldset>
      ))}
      {rows.length < 12 ? (
        <button type="button" className="button button--secondary" onClick={() => setRows([...rows, { dueDate: '', euros: '' }])}>
          {t.add}
        </button>
      ) : null}
      <p aria-live="polite">{t.total(formatMoney(total, currency))}</p>
      <SubmitButton pending={action.pending} pendingLabel={t.pending}>
        {t.submit}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.pending} success={t.done} />
    </form>
  );
}
