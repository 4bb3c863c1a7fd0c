import { describe, expect, it } from 'vitest';
import { smsLength } from '../sms-segments.js';

describe('smsLength', () => {
  it('counts plain GSM-7 text in septets, 160 in one segment and 153 per part beyond', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('keeps é è ù ì ò à Ç É in GSM-7 and counts € as two septets', () => {
    expect(smsLength('éèùìòàÇÉ')).toMatchObject({ encoding: 'GSM7', units: 8 });
    expect(smsLength('10 €')).toMatchObject({ encoding: 'GSM7', units: 5 });
  });

  it.each(['ê', 'â', 'î', 'ô', 'û', 'ë', 'ï', 'ç', '’', '\u202f'])('switches to UCS-2 for %s', (char) => {
    expect(smsLength(`Relance ${char}`).encoding).toBe('UCS2');
  });

  it('fits 134 UCS-2 units in two segments, not 135', () => {
    expect(smsLength(`ê${'a'.repeat(133)}`).segments).toBe(2);
    expect(smsLength(`ê${'a'.repeat(134)}`).segments).toBe(3);
  });
});
