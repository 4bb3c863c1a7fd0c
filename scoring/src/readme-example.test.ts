import { describe, expect, it } from 'vitest';
import { computeScore } from './compute-score.js';
import type { ScoreEvent } from './events.js';
import { improvementPlan } from './improvement-plan.js';

/** The worked example of README.md §Worked example: keep both in step. */
const events: ScoreEvent[] = [
  { id: 'e1', kind: 'INVOICE_PAID', date: '2024-06-20', invoiceId: 'A-1', creditorId: 'A', amountCents: 90_000, dueDate: '2024-06-30', goodReminderBefore: true },
  { id: 'e2', kind: 'INVOICE_PAID', date: '2025-05-01', invoiceId: 'B-1', creditorId: 'B', amountCents: 990_000, dueDate: '2025-04-01', goodReminderBefore: false },
  { id: 'e3', kind: 'INVOICE_OPEN', date: '2025-05-01', invoiceId: 'C-1', creditorId: 'C', amountCents: 90_000, dueDate: '2025-05-31' },
  { id: 'e4', kind: 'RECOMMENDATION', date: '2025-06-30', creditorId: 'A', recommenderScore: 80 },
];

describe('the README worked example', () => {
  const sut = computeScore(events, '2025-06-30');

  it('scores 59.6, grade C, with enough data', () => {
    expect(sut.value).toBe(59.6);
    expect(sut.grade).toBe('C');
    expect(sut.confidence).toBe(0.433);
    expect(sut.enoughData).toBe(true);
  });

  it('explains every point with the contributions of the README table', () => {
    expect(sut.contributions.map((c) => [c.eventId, c.kind, c.effect, c.label])).toEqual([
      ['e3', 'INVOICE_OPEN_OVERDUE', -9.0, 'Facture impayée, en retard de 30 jours'],
      ['e2', 'INVOICE_PAID', -6.3, "Facture payée 30 jours après l'échéance"],
      ['e4', 'RECOMMENDATION', 1.6, "Recommandation d'un créancier payé (score du recommandeur : 80)"],
      ['e1', 'GOOD_REMINDER_BONUS', 1.4, 'Bonus : facture payée à temps après un rappel courtois'],
      ['e1', 'INVOICE_PAID', 1.4, "Facture payée 10 jours avant l'échéance"],
      ['e1', 'EARLY_PAYMENT_BONUS', 0.5, 'Bonus : paiement anticipé de 10 jours'],
    ]);
  });

  it('was 66.5 thirty days earlier, so the trend is down by 6.9', () => {
    expect(sut.trend).toEqual({ direction: 'DOWN', delta: -6.9, previousValue: 66.5 });
  });

  it('gains 2.3 points by paying the open invoice today', () => {
    expect(improvementPlan(events, '2025-06-30')).toEqual([
      { invoiceId: 'C-1', creditorId: 'C', amountCents: 90_000, daysLate: 30, scoreIfPaidToday: 61.9, gain: 2.3 },
    ]);
  });
});
