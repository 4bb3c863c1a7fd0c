import { describe, expect, it } from 'vitest';
import { indexedWordsQuery, wordsQuery } from '../search-query.js';

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
