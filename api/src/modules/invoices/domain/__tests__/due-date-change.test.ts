import { describe, expect, it } from 'vitest';
import { InvoiceStatus } from '../invoice-status.js';
import { checkDueDateChange } from '../settlement.js';

const open = { status: InvoiceStatus.OPEN, issueDate: '2035-02-01', dueDate: '2035-03-03' };

describe('checkDueDateChange', () => {
  it('accepts another real date from the issue date on, earlier or later', () => {
    expect(checkDueDateChange(open, '2035-03-17')).toEqual({ ok: true, dueDate: '2035-03-17' });
    expect(checkDueDateChange(open, '2035-02-01')).toEqual({ ok: true, dueDate: '2035-02-01' });
  });

  it('refuses a closed invoice, a malformed date, a date before the issue date and the same date', () => {
    for (const status of [InvoiceStatus.PAID, InvoiceStatus.DISPUTED, InvoiceStatus.CANCELLED]) {
      expect(checkDueDateChange({ ...open, status }, '2035-03-17')).toMatchObject({ ok: false, error: { code: 'INVOICE_NOT_OPEN' } });
    }
    expect(checkDueDateChange(open, '17/03/2035x')).toMatchObject({ ok: false, error: { field: 'dueDate', code: 'DATE_INVALID' } });
    expect(checkDueDateChange(open, '2035-01-31')).toMatchObject({ ok: false, error: { code: 'DUE_DATE_BEFORE_ISSUE_DATE' } });
    expect(checkDueDateChange(open, '2035-03-03')).toMatchObject({ ok: false, error: { code: 'DUE_DATE_UNCHANGED' } });
  });
});
