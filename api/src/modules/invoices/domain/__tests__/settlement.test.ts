import { describe, expect, it } from 'vitest';
import { InvoicesExceptionCode } from '../../invoices.exception.js';
import { InvoiceStatus } from '../invoice-status.js';
import { checkCancellation, checkPayment, daysOverdue } from '../settlement.js';

const today = '2026-03-10';
const open = { status: InvoiceStatus.OPEN, issueDate: '2026-01-05' };

describe('settlement rules', () => {
  it('records a retroactive payment date', () => {
    expect(checkPayment(open, '2026-02-01', today)).toEqual({ ok: true, paidAt: '2026-02-01' });
    expect(checkPayment({ ...open, status: InvoiceStatus.DISPUTED }, today, today)).toEqual({ ok: true, paidAt: today });
  });

  it('refuses a payment in the future, before the issue date, or on an impossible date', () => {
    const code = (paidAt: string) => {
      const result = checkPayment(open, paidAt, today);
      return result.ok ? null : result.error.code;
    };
    expect(code('2026-03-11')).toBe(InvoicesExceptionCode.PAID_AT_IN_FUTURE);
    expect(code('2026-01-04')).toBe(InvoicesExceptionCode.PAID_AT_BEFORE_ISSUE_DATE);
    expect(code('2026-02-30')).toBe(InvoicesExceptionCode.DATE_INVALID);
  });

  it('refuses to pay an invoice twice or a cancelled one', () => {
    const paid = checkPayment({ ...open, status: InvoiceStatus.PAID }, today, today);
    expect(!paid.ok && paid.error.code).toBe(InvoicesExceptionCode.INVOICE_ALREADY_PAID);
    const cancelled = checkPayment({ ...open, status: InvoiceStatus.CANCELLED }, today, today);
    expect(!cancelled.ok && cancelled.error.code).toBe(InvoicesExceptionCode.INVOICE_NOT_PAYABLE);
  });

  it('cancels only an open invoice', () => {
    expect(checkCancellation({ status: InvoiceStatus.OPEN })).toBeNull();
    for (const status of [InvoiceStatus.PAID, InvoiceStatus.DISPUTED, InvoiceStatus.CANCELLED]) {
      expect(checkCancellation({ status })?.code).toBe(InvoicesExceptionCode.INVOICE_NOT_CANCELLABLE);
    }
  });

  it('counts days overdue only for open invoices past their due date', () => {
    expect(daysOverdue({ status: InvoiceStatus.OPEN, dueDate: '2026-03-01' }, today)).toBe(9);
    expect(daysOverdue({ status: InvoiceStatus.OPEN, dueDate: today }, today)).toBe(0);
    expect(daysOverdue({ status: InvoiceStatus.OPEN, dueDate: '2026-04-01' }, today)).toBe(0);
    expect(daysOverdue({ status: InvoiceStatus.DISPUTED, dueDate: '2026-03-01' }, today)).toBe(0);
  });
});
