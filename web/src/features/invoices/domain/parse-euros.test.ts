import { describe, expect, it } from 'vitest';
import { parseEuros } from './parse-euros';

describe('parseEuros', () => {
  it('reads French and English writings of an amount in cents', () => {
    expect(parseEuros('1 250,50')).toBe(125_050);
    expect(parseEuros('1250.5')).toBe(125_050);
    expect(parseEuros('1\u202f250 €')).toBe(125_000);
    expect(parseEuros('12')).toBe(1_200);
  });

  it('refuses what is not an amount', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('12,345')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('douze')).toBeNull();
  });
});
