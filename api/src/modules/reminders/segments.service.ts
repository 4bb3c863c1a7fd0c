import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { parseSiren } from '../companies/domain/siren.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { deriveSegment, Segment, SegmentFacts, SegmentReason, SEGMENTS } from './domain/segment.js';
import { DebtorSegmentObject, KeyAccountObject, SegmentBindingObject } from './dtos/segments.dto.js';
import { RemindersException, RemindersExceptionCode } from './reminders.exception.js';
import { ScenariosService } from './scenarios.service.js';

/** applyScenario without a scenario, for a segment nobody bound. */
export const DEFAULT_SEGMENT_SCENARIO_ID = 'builtin-classic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface HistoryRow {
  debtor_siren: string;
  key_account: boolean;
  score_value: string | null;
  enough_data: boolean | null;
  paid_on_time: number;
  paid_late: number;
  open_overdue: number;
  overdue_cents: string;
}

/** Segment bindings, the key-accounts list, and the segment of an invoice's debtor. */
@Injectable()
export class SegmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scenarios: ScenariosService,
    private readonly clock: Clock,
  ) {}

  async bind(creditorSiren: string, segment: Segment, scenarioId: string): Promise<SegmentBindingObject> {
    const scenario = await this.scenarios.find(creditorSiren, scenarioId);
    await this.dataSource.query(
      `INSERT INTO scenario_segment_bindings (creditor_siren, segment, scenario_id, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (creditor_siren, segment) DO UPDATE SET scenario_id = EXCLUDED.scenario_id, updated_at = EXCLUDED.updated_at`,
      [creditorSiren, segment, scenario.id, this.clock.now()],
    );
    return { segment, boundScenarioId: scenario.id, scenarioId: scenario.id, scenarioName: scenario.name };
  }

  /** The three segments, each with the scenario it resolves to today. */
  async bindings(creditorSiren: string): Promise<SegmentBindingObject[]> {
    const rows: { segment: Segment; scenario_id: string }[] = await this.dataSource.query(
      `SELECT segment, scenario_id FROM scenario_segment_bindings WHERE creditor_siren = $1`,
      [creditorSiren],
    );
    const bound = new Map(rows.map((row) => [row.segment, row.scenario_id]));
    return Promise.all(
      SEGMENTS.map(async (segment) => {
        const resolved = await this.resolveScenario(creditorSiren, bound.get(segment) ?? null);
        return { segment, boundScenarioId: resolved.bound, scenarioId: resolved.scenario.id, scenarioName: resolved.scenario.name };
      }),
    );
  }

  async markKeyAccount(creditorSiren: string, debtorSirenInput: string, keyAccount: boolean): Promise<KeyAccountObject> {
    const debtorSiren = parseSiren(debtorSirenInput);
    if (!debtorSiren) throw new RemindersException(RemindersExceptionCode.SIREN_INVALID, "Ce SIREN n'est pas valide.", { field: 'debtorSiren' });
    if (keyAccount) {
      const inserted = (await this.dataSource.query(
        `INSERT INTO key_accounts (creditor_siren, debtor_siren, created_at)
         SELECT $1, siren, $3 FROM companies WHERE siren = $2
         ON CONFLICT (creditor_siren, debtor_siren) DO NOTHING RETURNING debtor_siren`,
        [creditorSiren, debtorSiren, this.clock.now()],
      )) as unknown[];
      if (inserted.length === 0) {
        const known = (await this.dataSource.query(`SELECT 1 FROM companies WHERE siren = $1`, [debtorSiren])) as unknown[];
        if (known.length === 0) throw new RemindersException(RemindersExceptionCode.COMPANY_NOT_FOUND, 'Entreprise inconnue.', { field: 'debtorSiren' });
      }
    } else {
      await this.dataSource.query(`DELETE FROM key_accounts WHERE creditor_siren = $1 AND debtor_siren = $2`, [creditorSiren, debtorSiren]);
    }
    return { debtorSiren, keyAccount };
  }

  /** The segment of the invoice's debtor for this creditor; the invoice itself is not evidence. */
  async segmentOfInvoice(creditorSiren: string, invoiceId: string): Promise<{ segment: Segment; reason: SegmentReason }> {
    if (!UUID.test(invoiceId)) throw RemindersException.invoiceNotFound();
    const [row] = (await this.dataSource.query(
      `SELECT i.debtor_siren,
              EXISTS (SELECT 1 FROM key_accounts k WHERE k.creditor_siren = i.creditor_siren AND k.debtor_siren = i.debtor_siren) AS key_account,
              s.value::text AS score_value, s.enough_data,
              count(o.id) FILTER (WHERE o.status = 'PAID' AND o.paid_at <= o.due_date)::int AS paid_on_time,
              count(o.id) FILTER (WHERE o.status = 'PAID' AND o.paid_at > o.due_date)::int AS paid_late,
              count(o.id) FILTER (WHERE o.status = 'OPEN' AND o.due_date < $3::date)::int AS open_overdue,
              coalesce(sum(o.amount_cents) FILTER (WHERE o.status = 'OPEN' AND o.due_date < $3::date), 0)::text AS overdue_cents
         FROM invoices i
         LEFT JOIN company_scores s ON s.siren = i.debtor_siren
         LEFT JOIN invoices o ON o.creditor_siren = i.creditor_siren AND o.debtor_siren = i.debtor_siren AND o.id <> i.id
        WHERE i.id = $1 AND i.creditor_siren = $2
        GROUP BY i.id, s.siren`,
      [invoiceId, creditorSiren, parisDate(this.clock.now())],
    )) as HistoryRow[];
    if (!row) throw RemindersException.invoiceNotFound();
    const facts: SegmentFacts = {
      keyAccount: row.key_account,
      score: row.score_value === null ? null : { value: Number(row.score_value), enoughData: row.enough_data === true },
      history: { paidOnTime: row.paid_on_time, paidLate: row.paid_late, openOverdue: row.open_overdue, overdueOutstandingCents: Number(row.overdue_cents) },
    };
    return deriveSegment(facts);
  }

  async debtorSegment(creditorSiren: string, invoiceId: string): Promise<DebtorSegmentObject> {
    return this.segmentOfInvoice(creditorSiren, invoiceId);
  }

  /** The scenario applyScenario uses when given none: the segment's bound one, else the classic. */
  async scenarioForInvoice(creditorSiren: string, invoiceId: string): Promise<{ scenarioId: string; segment: Segment }> {
    const { segment } = await this.segmentOfInvoice(creditorSiren, invoiceId);
    const [row] = (await this.dataSource.query(`SELECT scenario_id FROM scenario_segment_bindings WHERE creditor_siren = $1 AND segment = $2`, [creditorSiren, segment])) as {
      scenario_id: string;
    }[];
    const resolved = await this.resolveScenario(creditorSiren, row?.scenario_id ?? null);
    return { scenarioId: resolved.scenario.id, segment };
  }

  /** A bound scenario deleted since falls back to the classic rather than failing every apply. */
  private async resolveScenario(creditorSiren: string, boundId: string | null) {
    if (boundId) {
      try {
        return { bound: boundId, scenario: await this.scenarios.find(creditorSiren, boundId) };
      } catch (error) {
        if (!(error instanceof RemindersException && error.code === RemindersExceptionCode.SCENARIO_NOT_FOUND)) throw error;
      }
    }
    return { bound: null, scenario: await this.scenarios.find(creditorSiren, DEFAULT_SEGMENT_SCENARIO_ID) };
  }
}
