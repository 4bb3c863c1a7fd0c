import { DataSource } from 'typeorm';
import { ScoreRefreshService } from '../../../api/src/modules/scores/score-refresh.service.js';
import type { TestApi } from '../../support/boot-api.js';
import type { GraphQLClient } from '../../support/graphql-client.js';

/** "Today" of the scores tests: 10 March 2026 in Paris. */
export const NOW = new Date('2026-03-10T09:00:00Z');

export const COMPANY_SCORE = `query CompanyScore($siren: String!, $days: Int) {
  company(siren: $siren) {
    siren
    score { value grade confidence enoughData trend { direction delta } }
    scoreHistory(days: $days) { day value grade }
    stats { invoicesReported onTimeRate averageDaysLate }
  }
}`;

export const MY_COMPANY_SCORE = `query MyCompanyScore($siren: String!) {
  myCompanyScore(siren: $siren) {
    siren asOf value grade confidence enoughData trend { direction delta }
    contributions { kind label effect date creditor invoiceNumber }
    improvementPlan { invoiceNumber creditor amountCents daysLate scoreIfPaidToday gain }
  }
}`;

export interface PublicScore {
  siren: string;
  score: { value: number; grade: string; confidence: number; enoughData: boolean; trend: { direction: string; delta: number } } | null;
  scoreHistory: { day: string; value: number; grade: string }[];
  stats: { invoicesReported: number; onTimeRate: number | null; averageDaysLate: number | null };
}

/** Reads the public Company score fields through GraphQL, as anyone could. */
export async function publicScore(client: GraphQLClient, siren: string, days?: number): Promise<PublicScore> {
  const data = await client.ok<{ company: PublicScore }>(COMPANY_SCORE, { siren, ...(days ? { days } : {}) });
  return data.company;
}

/** What the worker does for one company, called directly (tests own their companies, not the whole queue). */
export function refresh(api: TestApi, siren: string): Promise<string> {
  return api.app.get(ScoreRefreshService).refresh(siren);
}

export async function historyValue(api: TestApi, siren: string, day: string): Promise<number | null> {
  const rows = (await api.app.get(DataSource).query(`SELECT value::float8 AS value FROM company_score_history WHERE siren = $1 AND day = $2`, [siren, day])) as {
    value: number;
  }[];
  return rows[0]?.value ?? null;
}

export async function staleRow(api: TestApi, siren: string): Promise<{ stale_from: string; generation: string } | undefined> {
  const rows = (await api.app.get(DataSource).query(
    `SELECT stale_from::text AS stale_from, generation::text AS generation FROM score_refresh_queue WHERE siren = $1`,
    [siren],
  )) as { stale_from: string; generation: string }[];
  return rows[0];
}
