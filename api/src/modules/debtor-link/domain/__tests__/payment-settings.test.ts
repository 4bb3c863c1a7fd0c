import { describe, expect, it } from 'vitest';
import { checkPaymentSettings } from '../payment-settings.js';

describe('checkPaymentSettings', () => {
  it('keeps an https URL and trimmed instructions; empty means none', () => {
    expect(checkPaymentSettings({ paymentUrl: ' https://pay.example.fr/f ', paymentInstructions: ' IBAN FR76 3000 ' })).toEqual({ ok: true, settings: { paymentUrl: 'https://pay.example.fr/f', paymentInstructions: 'IBAN FR76 3000' } });
    expect(checkPaymentSettings({ paymentUrl: '', paymentInstructions: null })).toEqual({ ok: true, settings: { paymentUrl: null, paymentInstructions: null } });
  });

  it('refuses a URL that is not https, or not a URL, and instructions too long', () => {
    for (const paymentUrl of ['http://pay.example.fr', 'javascript:alert(1)', 'pay.example.fr']) expect(checkPaymentSettings({ paymentUrl })).toMatchObject({ ok: false, field: 'paymentUrl' });
    expect(checkPaymentSettings({ paymentInstructions: 'x'.repeat(1_001) })).toMatchObject({ ok: false, field: 'paymentInstructions' });
  });
});
