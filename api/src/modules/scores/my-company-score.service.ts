import { computeScore, improvementPlan } from '@bonpayeur/scoring';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { Actor } from '../auth/domain/actor.js';
import { CompaniesService } from '../companies/companies.service.js';
import { parseSiren } from '../companies/domain/siren.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { MyCompanyScoreObject } from './dtos/my-company-score.object.js';
import { ScoreContributionKind } from './dtos/score-contribution.object.js';
import { ScoreTrendDirection } from './dtos/score-trend.object.js';
import { loadScoreEvents } from './score-refresh.service.js';
import { ScoresException, ScoresExceptionCode } from './scores.exception.js';

/**
 * A member's explained view of its company's score. Computed on request (this is not a public
 * page, and the contributions must add up exactly to the value shown), at today in Paris.
 */
@Injectable()
export class MyCompanyScoreService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly clock: Clock,
  ) {}

  async forMember(actor: Actor, rawSiren: string): Promise<MyCompanyScoreObject> {
    const siren = parseSiren(rawSiren);
    if (!siren) throw new ScoresException(ScoresExceptionCode.SIREN_INVALID, "Ce numéro SIREN n'est pas valide.", { field: 'siren' });
    // Only a verified member (company claim, or invited by a verified member): signing up with a
    // SIREN alone must not reveal which creditors report the company and for how much.
    const member: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND company_siren = $2 AND verified_at IS NOT NULL`,
      [actor.userId, siren],
    );
    if (member.length === 0) {
      throw new ScoresException(
        ScoresExceptionCode.NOT_A_MEMBER,
        "Seuls les membres vérifiés de l'entreprise peuvent consulter le détail de son score : faites d'abord vérifier votre rattachement (claimCompany).",
      );
    }

    const today = parisDate(this.clock.now());
    const events = await loadScoreEvents(this.dataSource.manager, siren);
    const score = computeScore(events, today);
    const plan = improvementPlan(events, today);

    const creditorSirens = new Set([...score.contributions.map((c) => c.creditorId), ...plan.map((step) => step.creditorId)]);
    const invoiceIds = new Set([...score.contributions.flatMap((c) => (c.invoiceId ? [c.invoiceId] : [])), ...plan.map((step) => step.invoiceId)]);
    const creditors = await this.companies.getBySirens([...creditorSirens]);
    const numbers = await this.invoiceNumbers([...invoiceIds]);
    const creditorName = (creditorSiren: string) => creditors.get(creditorSiren)?.name ?? creditorSiren;

    const result = new MyCompanyScoreObject();
    result.siren = siren;
    result.asOf = today;
    result.value = score.value;
    result.grade = score.grade;
    result.confidence = score.confidence;
    result.enoughData = score.enoughData;
    result.trend = { direction: score.trend.direction as ScoreTrendDirection, delta: score.trend.delta };
    result.contributions = score.contributions.map((c) => ({
      kind: c.kind as ScoreContributionKind,
      label: c.label,
      effect: c.effect,
      date: c.date,
      creditor: creditorName(c.creditorId),
      invoiceNumber: c.invoiceId ? (numbers.get(c.invoiceId) ?? null) : null,
    }));
    result.improvementPlan = plan.map((step) => ({
      invoiceNumber: numbers.get(step.invoiceId) ?? step.invoiceId,
      creditor: creditorName(step.creditorId),
      amountCents: step.amountCents,
      daysLate: step.daysLate,
      scoreIfPaidToday: step.scoreIfPaidToday,
      gain: step.gain,
    }));
    return result;
  }

  private async invoiceNumbers(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; number: string }[] = await this.dataSource.query(`SELECT id, number FROM invoices WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.number]));
  }
}
