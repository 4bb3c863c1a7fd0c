import type { EntityManager } from 'typeorm';

/**
 * How much a creditor's reports weigh (the engine's `creditorReliability`, 0..1; absent = 1). A
 * creditor whose publications moderation often overturned weighs less (issue 6). The publications
 * feature provides it under CREDITOR_WEIGHTS from a @Global() module; the score listener injects it
 * with @Optional(): without publications no report was ever overturned, so 1 is the true answer.
 */
export interface CreditorWeights {
  /** Only creditors weighing less than 1 appear in the map. */
  weightsOf(manager: EntityManager, creditorSirens: readonly string[]): Promise<ReadonlyMap<string, number>>;
}

export const CREDITOR_WEIGHTS = Symbol('CreditorWeights');
