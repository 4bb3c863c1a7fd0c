import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { CREDITOR_WEIGHTS, CreditorWeights } from '../scores/creditor-weights.port.js';
import { CreditorRecord, CreditorReliability, creditorReliability } from './domain/creditor-reliability.js';

const RECORD_SQL = `SELECT creditor_siren,
        count(*)::int AS requested,
        count(*) FILTER (WHERE approved_at IS NOT NULL)::int AS published,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM invoice_disputes d WHERE d.invoice_id = publications.invoice_id))::int AS disputed,
        count(*) FILTER (WHERE status = 'REJECTED' OR (status = 'REMOVED' AND end_reason = 'DISPUTE_UPHELD'))::int AS overturned
   FROM publications WHERE creditor_siren = ANY($1::char(9)[]) GROUP BY creditor_siren`;

/** Reads a creditor's record from its publications; the rule itself is the pure creditorReliability. */
@Injectable()
export class CreditorReliabilityService implements CreditorWeights {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async of(manager: EntityManager, creditorSiren: string): Promise<CreditorReliability> {
    const [row] = (await manager.query(RECORD_SQL, [[creditorSiren]])) as CreditorRecord[];
    return creditorReliability(row ?? { requested: 0, published: 0, disputed: 0, overturned: 0 }, this.config.publications.reliabilityThreshold);
  }

  /** One query for a batch of creditors (an import); only those weighing less than 1 are returned. */
  async weightsOf(manager: EntityManager, creditorSirens: readonly string[]): Promise<ReadonlyMap<string, number>> {
    const weights = new Map<string, number>();
    if (creditorSirens.length === 0) return weights;
    const rows = (await manager.query(RECORD_SQL, [[...new Set(creditorSirens)]])) as (CreditorRecord & { creditor_siren: string })[];
    for (const row of rows) {
      const { weight } = creditorReliability(row, this.config.publications.reliabilityThreshold);
      if (weight < 1) weights.set(row.creditor_siren, weight);
    }
    return weights;
  }

  async weightOf(manager: EntityManager, creditorSiren: string): Promise<number> {
    return (await this.of(manager, creditorSiren)).weight;
  }
}

/** Global so the scores feature weighs every invoice report by its creditor without importing publications. */
@Global()
@Module({
  providers: [CreditorReliabilityService, { provide: CREDITOR_WEIGHTS, useExisting: CreditorReliabilityService }],
  exports: [CreditorReliabilityService, CREDITOR_WEIGHTS],
})
export class CreditorWeightsModule {}
