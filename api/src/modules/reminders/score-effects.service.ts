import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { SCORE_EVENT_COLUMNS, ScoreEventRow, toScoreEvent } from '../scores/domain/score-event-row.js';
import { PlannedMessage } from './domain/plan-run.js';
import { scoreEffectsOfSteps, StepScoreEffect } from './domain/score-effect.js';

/** The debtor's score if it pays on time vs at each planned message, from its recorded score events. */
@Injectable()
export class ScoreEffectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async ofPlan(invoice: { id: string; due_date: string }, messages: readonly Pick<PlannedMessage, 'scheduledAt' | 'tone' | 'status'>[]): Promise<(StepScoreEffect | null)[]> {
    const rows: ScoreEventRow[] = await this.dataSource.query(
      `SELECT ${SCORE_EVENT_COLUMNS} FROM score_events WHERE company_siren = (SELECT debtor_siren FROM invoices WHERE id = $1) ORDER BY occurred_on, id`,
      [invoice.id],
    );
    const events = rows.map(toScoreEvent);
    // The engine's bonus needs a GOOD reminder that left on or before the payment date.
    const goodDates = messages.filter((m) => m.tone === 'GOOD' && m.status === 'SCHEDULED').map((m) => parisDate(m.scheduledAt));
    const goodBy = (date: string) => goodDates.some((sent) => sent <= date);
    const steps = messages.map((m) => ({ sendDate: parisDate(m.scheduledAt), goodReminderBefore: goodBy(parisDate(m.scheduledAt)) }));
    return scoreEffectsOfSteps(events, parisDate(this.clock.now()), { id: invoice.id, dueDate: invoice.due_date, goodReminderByDueDate: goodBy(invoice.due_date) }, steps);
  }
}
