import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordCounter } from '../word-counter.js';

/** What SQL counts (distinctWords): string_to_array(name, ' '), distinct, empty words ignored. */
function reference(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) for (const word of new Set(name.split(' '))) if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

describe('WordCounter', () => {
  it('counts each word once per name, like the SQL of company_search_words', () => {
    const counter = new WordCounter();
    for (const name of ['la poste', 'la la poste', 'poste restante la', '', ' la  vie ']) counter.addName(name);
    expect(['la', 'poste', 'restante', 'vie', ''].map((w) => counter.frequency(w))).toEqual([4, 3, 1, 1, 0]);
    expect(counter.size).toBe(4);
    expect(counter.copyText().split('\n').filter(Boolean).sort()).toEqual(['la\t4', 'poste\t3', 'restante\t1', 'vie\t1']);
  });

  it('agrees with the reference for any names of [a-z0-9 ]', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', ' '), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 20 }), (names) => {
        const counter = new WordCounter();
        for (const n of names) counter.addName(n);
        const expected = reference(names);
        expect(counter.size).toBe(expected.size);
        for (const [word, count] of expected) expect(counter.frequency(word)).toBe(count);
      }),
    );
  });
});
