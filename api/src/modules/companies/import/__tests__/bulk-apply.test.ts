import { describe, expect, it } from 'vitest';
import { MIN_REBUILD_ROWS, shouldRebuild } from '../bulk-apply.js';

describe('shouldRebuild', () => {
  it.each([
    [MIN_REBUILD_ROWS, 0, true],
    [MIN_REBUILD_ROWS - 1, 0, false], // a small file never locks readers out
    [1_000_000, 500_000, true], // at least half the resulting table comes from the file
    [1_000_000, 500_001, false],
    [25_000_000, 25_000_000, false], // the monthly re-import of the whole stock: written in place
  ])('staged %i rows into a table of %i → %s', (staged, table, expected) => {
    expect(shouldRebuild(staged, table)).toBe(expected);
  });
});
