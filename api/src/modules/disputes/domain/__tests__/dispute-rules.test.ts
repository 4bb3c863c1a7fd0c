import { describe, expect, it } from 'vitest';
import { checkDisputeReason, checkOpening, checkRulingReason, closeDispute, DISPUTE_REASON_MAX } from '../dispute-rules.js';

describe('checkDisputeReason', () => {
  it('trims the reason and accepts a sentence', () => {
    expect(checkDisputeReason('  Prestation non livrée à ce jour.  ')).toEqual({ ok: true, reason: 'Prestation non livrée à ce jour.' });
  });

  it('refuses a reason too short to act on, or too long', () => {
    expect(checkDisputeReason('   non   ')).toEqual({ ok: false, refusal: 'DISPUTE_REASON_INVALID' });
    expect(checkDisputeReason('x'.repeat(DISPUTE_REASON_MAX + 1))).toEqual({ ok: false, refusal: 'DISPUTE_REASON_INVALID' });
  });
});

describe('checkOpening', () => {
  it('lets an open invoice without an open dispute be disputed', () => {
    expect(checkOpening({ status: 'OPEN' }, false)).toBeNull();
  });

  it('refuses a second open dispute, and a paid, cancelled or already disputed invoice', () => {
    expect(checkOpening({ status: 'DISPUTED' }, true)).toBe('DISPUTE_ALREADY_OPEN');
    for (const status of ['PAID', 'CANCELLED', 'DISPUTED']) expect(checkOpening({ status }, false)).toBe('INVOICE_NOT_DISPUTABLE');
  });
});

describe('closeDispute', () => {
  const open = { status: 'OPEN' as const };
  const disputed = { status: 'DISPUTED' };

  it('keeps the invoice disputed and ends its reminders when the dispute is upheld', () => {
    expect(closeDispute(open, disputed, 'UPHELD')).toEqual({ ok: true, outcome: { invoiceStatus: 'DISPUTED', reminders: 'END' } });
  });

  it('reopens the invoice and lets the creditor resume when the dispute is rejected or withdrawn', () => {
    for (const to of ['REJECTED', 'WITHDRAWN'] as const) {
      expect(closeDispute(open, disputed, to)).toEqual({ ok: true, outcome: { invoiceStatus: 'OPEN', reminders: 'CREDITOR_MAY_RESUME' } });
    }
  });

  it('leaves an invoice paid during the dispute paid', () => {
    expect(closeDispute(open, { status: 'PAID' }, 'REJECTED')).toMatchObject({ ok: true, outcome: { invoiceStatus: 'PAID' } });
  });

  it('refuses to close a dispute twice', () => {
    for (const status of ['UPHELD', 'REJECTED', 'WITHDRAWN'] as const) expect(closeDispute({ status }, disputed, 'REJECTED')).toEqual({ ok: false, refusal: 'DISPUTE_NOT_OPEN' });
  });
});

describe('checkRulingReason', () => {
  it('requires an explanation', () => {
    expect(checkRulingReason('  ')).toEqual({ ok: false, refusal: 'RULING_REASON_INVALID' });
    expect(checkRulingReason(' Bon de livraison signé fourni. ')).toEqual({ ok: true, reason: 'Bon de livraison signé fourni.' });
  });
});
