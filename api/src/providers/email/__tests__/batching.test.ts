import { describe, expect, it } from 'vitest';
import { splitIntoBatches } from '../batching.js';

const mail = (to: string, text = 'Bonjour') => ({ to, text });

describe('splitIntoBatches', () => {
  it('keeps distinct recipients together, in order, up to maxEmails per batch', () => {
    const emails = ['a@x.fr', 'b@x.fr', 'c@x.fr', 'd@x.fr', 'e@x.fr'].map((to) => mail(to));
    expect(splitIntoBatches(emails, { maxEmails: 2, maxTextBytes: 100 }).map((batch) => batch.map((e) => e.to))).toEqual([
      ['a@x.fr', 'b@x.fr'],
      ['c@x.fr', 'd@x.fr'],
      ['e@x.fr'],
    ]);
  });

  it('never puts one address twice in a batch, whatever its case', () => {
    const emails = [mail('a@x.fr'), mail('A@X.fr'), mail('b@x.fr'), mail('a@x.fr')];
    expect(splitIntoBatches(emails, { maxEmails: 10, maxTextBytes: 100 }).map((batch) => batch.map((e) => e.to))).toEqual([
      ['a@x.fr', 'b@x.fr'],
      ['A@X.fr'],
      ['a@x.fr'],
    ]);
  });

  it('sends a text over the byte limit (UTF-8) alone', () => {
    const long = mail('b@x.fr', 'é'.repeat(6)); // 12 bytes
    const batches = splitIntoBatches([mail('a@x.fr'), long, mail('c@x.fr')], { maxEmails: 10, maxTextBytes: 11 });
    expect(batches).toEqual([[mail('a@x.fr'), mail('c@x.fr')], [long]]);
  });

  it('answers no batch for no email', () => {
    expect(splitIntoBatches([], { maxEmails: 10, maxTextBytes: 100 })).toEqual([]);
  });
});
