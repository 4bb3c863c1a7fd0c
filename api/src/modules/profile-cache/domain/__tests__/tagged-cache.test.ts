import { describe, expect, it } from 'vitest';
import { parseChangePayload, TaggedCache } from '../tagged-cache.js';

describe('TaggedCache', () => {
  it('returns what was stored until a tag it depends on is evicted', () => {
    const sut = new TaggedCache(10, 1_000);
    sut.set('recs:A', ['from B'], ['A', 'B'], 0);
    sut.set('score:A', 80, ['A'], 0);
    sut.set('score:C', 60, ['C'], 0);
    expect(sut.get('recs:A', 1)).toEqual(['from B']);
    sut.evictTags(['B']);
    expect(sut.get('recs:A', 2)).toBeUndefined();
    expect(sut.get('score:A', 2)).toBe(80);
    sut.evictTags(['A']);
    expect(sut.get('score:A', 3)).toBeUndefined();
    expect(sut.get('score:C', 3)).toBe(60);
  });

  it('forgets entries older than its age limit', () => {
    const sut = new TaggedCache(10, 1_000);
    sut.set('k', 1, ['A'], 0);
    expect(sut.get('k', 1_000)).toBe(1);
    expect(sut.get('k', 1_001)).toBeUndefined();
    expect(sut.size).toBe(0);
  });

  it('drops the oldest entries beyond its size, and their tags with them', () => {
    const sut = new TaggedCache(2, 1_000);
    sut.set('a', 1, ['A'], 0);
    sut.set('b', 2, ['B'], 0);
    sut.set('c', 3, ['C'], 0);
    expect(sut.get('a', 1)).toBeUndefined();
    expect(sut.get('c', 1)).toBe(3);
    expect(sut.size).toBe(2);
  });

  it('tells when an entry was stored, and evicts by tag only the keys asked for', () => {
    const sut = new TaggedCache(10, 1_000);
    sut.set('response:A', 'answer', ['A'], 100);
    sut.set('score:A', 80, ['A'], 200);
    expect(sut.entry('response:A', 300)).toEqual({ value: 'answer', storedAt: 100, tags: ['A'] });
    sut.evictTags(['A'], (key) => !key.startsWith('response:'));
    expect(sut.get('score:A', 300)).toBeUndefined();
    expect(sut.get('response:A', 300)).toBe('answer');
    expect(sut.entry('response:A', 1_101)).toBeUndefined();
  });

  it('caches null (a company that does not exist) as a value', () => {
    const sut = new TaggedCache(2, 1_000);
    sut.set('company:X', null, ['X'], 0);
    expect(sut.get('company:X', 1)).toBeNull();
  });
});

describe('parseChangePayload', () => {
  it('reads a list of SIRENs, or * (and nothing) as everything', () => {
    expect(parseChangePayload('123456782,552120222')).toEqual({ all: false, sirens: ['123456782', '552120222'] });
    expect(parseChangePayload('*')).toEqual({ all: true });
    expect(parseChangePayload('')).toEqual({ all: true });
  });
});
