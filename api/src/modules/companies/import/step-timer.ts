/** Wall time per named step, each counted from the end of the previous one (for the logs and the bench). */
export interface StepTimer {
  /** Milliseconds per step name, in the order first met; a repeated name adds up. */
  readonly stepsMs: Record<string, number>;
  step<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export function stepTimer(): StepTimer {
  const stepsMs: Record<string, number> = {};
  let mark = performance.now();
  return {
    stepsMs,
    async step(name, work) {
      const result = await work();
      const at = performance.now();
      stepsMs[name] = Math.round((stepsMs[name] ?? 0) + at - mark);
      mark = at;
      return result;
    },
  };
}
