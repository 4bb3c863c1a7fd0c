import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit } from '../concurrency-limit.js';

/** A promise and what settles it: a task that runs until the test releases it. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { release, done };
}

describe('ConcurrencyLimit', () => {
  it('never runs more than its limit of units at once, and starts the waiting tasks in order', async () => {
    const sut = new ConcurrencyLimit(400);
    let held = 0;
    let most = 0;
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof gate>>();
    const task = (name: string, weight: number) =>
      sut.run(async () => {
        held += weight;
        most = Math.max(most, held);
        started.push(name);
        const g = gate();
        gates.set(name, g);
        await g.done;
        held -= weight;
      }, weight);
    const all = [task('a', 100), task('b', 100), task('c', 150), task('d', 100), task('e', 50)];
    await new Promise((resolve) => setImmediate(resolve));
    // d (100) does not fit beside a, b, c (350 of 400); e (50) would, but waits behind d.
    expect(started).toEqual(['a', 'b', 'c']);
    gates.get('a')!.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const name of ['b', 'c', 'd', 'e']) gates.get(name)!.release();
    await Promise.all(all);
    expect(most).toBeLessThanOrEqual(400);
  });

  it('runs a task heavier than the limit alone rather than never', async () => {
    const sut = new ConcurrencyLimit(4);
    const order: string[] = [];
    await Promise.all([
      sut.run(async () => void order.push('light')),
      sut.run(async () => void order.push('heavy'), 10),
      sut.run(async () => void order.push('after')),
    ]);
    expect(order).toEqual(['light', 'heavy', 'after']);
  });

  it('frees what a failed task held', async () => {
    const sut = new ConcurrencyLimit(1);
    await expect(sut.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(sut.run(async () => 'ran')).resolves.toBe('ran');
  });
});
