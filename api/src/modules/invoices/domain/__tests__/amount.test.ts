import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_CENTS, parseEuroAmount } from '../amount.js';

describe('parseEuroAmount', () => {
  it.each([
    ['1234.56', 123456],
    ['1234,56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56 €', 123456],
    ['1234,5', 123450],
    ['1234', 123400],
    ['0,01', 1],
    ['0.29', 29],
    ['1.234.567,89', 123456789],
    ['1,234,567.89', 123456789],
    ['1.234,5', 123450],
    ['1000000000', MAX_AMOUNT_CENTS],
    ['19.99', 1999],
  ])('reads %s as %i cents exactly', (input, cents) => {
    expect(parseEuroAmount(input)).toEqual({ ok: true, cents });
  });

  it.each(['', 'abc', '12,345', '1.234', '1,2,3', '1.234,567', '12..3', '1 2 3,4,5', '€'])('refuses the unreadable %j', (input) => {
    expect(parseEuroAmount(input)).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('refuses zero and negative amounts as not positive', () => {
    expect(parseEuroAmount('0')).toEqual({ ok: false, reason: 'NOT_POSITIVE' });
    expect(parseEuroAmount('0,00')).toEqual({ ok: false, reason: 'NOT_POSITIVE' });
    expect(parseEuroAmount('-12,50')).toEqual({ ok: false, reason: 'NOT_POSITIVE' });
  });

  it('refuses amounts above one billion euros', () => {
    expect(parseEuroAmount('1000000000,01')).toEqual({ ok: false, reason: 'TOO_LARGE' });
    expect(parseEuroAmount('99999999999999999999')).toEqual({ ok: false, reason: 'TOO_LARGE' });
  });
});
