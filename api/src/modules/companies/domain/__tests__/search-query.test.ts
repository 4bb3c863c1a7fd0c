import { describe, expect, it } from 'vitest';
import { expectedMatches, indexedWordsQuery, wordsQuery } from '../search-query.js';

describe('indexedWordsQuery', () => {
  const query = wordsQuery([['d'], ['almeida'], ['freres']]);

  it('leaves the broad one-word groups to LIKE and keeps the narrowest in the tsquery', () => {
    expect(indexedWordsQuery(query, [Number.POSITIVE_INFINITY, 40, 90_000], 30_000)).toEqual({ tsquery: 'almeida:*', checked: ['% d%', '% freres%'] });
    expect(indexedWordsQuery(query, [Number.POSITIVE_INFINITY, 40, 900], 30_000)).toEqual({ tsquery: 'almeida:* & freres:*', checked: ['% d%'] });
  });

  it('keeps every group when all are narrow, and the narrowest when all are broad', () => {
    expect(indexedWordsQuery(query, [10, 40, 900], 30_000)).toEqual({ tsquery: 'd:* & almeida:* & freres:*', checked: [] });
    expect(indexedWordsQuery(query, [50_000, 40_000, 90_000], 30_000)).toEqual({ tsquery: 'almeida:*', checked: ['% d%', '% freres%'] });
  });

  it('never moves a group of corrections (alternatives need the OR of the index)', () => {
    const fuzzy = wordsQuery([['boulangerie'], ['port', 'porte']]);
    expect(indexedWordsQuery(fuzzy, [10, 90_000], 30_000)).toEqual({ tsquery: 'boulangerie:* & (port:* | porte:*)', checked: [] });
  });
});

describe('expectedMatches', () => {
  it('multiplies the shares of the table each word holds', () => {
    expect(expectedMatches([20_000, 10_000], 1_000_000)).toBeCloseTo(200);
    expect(expectedMatches([500_000], 1_000_000)).toBe(500_000);
    // An upper bound above the table (prefix totals add up words) counts as the whole table.
    expect(expectedMatches([Number.POSITIVE_INFINITY, 3_000_000, 40_000], 1_000_000)).toBe(40_000);
  });
});
