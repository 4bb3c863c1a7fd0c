import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TestApi } from '../../../test/providers';
import type { TimelineEvent, TimelineMessage, TimelineRun } from '../../invoices/graphql/queries/invoice-detail.query';
import { InvoiceTimeline } from './InvoiceTimeline';

const message = (id: string, overrides: Partial<TimelineMessage>): TimelineMessage => ({
  id,
  stepIndex: 0,
  channel: 'EMAIL',
  tone: 'GOOD',
  toAddress: 'compta@client.fr',
  subject: null,
  body: null,
  scheduledAt: '2035-02-24T08:00:00.000Z',
  status: 'SCHEDULED',
  attempts: 0,
  lastError: null,
  sentAt: null,
  deliveredAt: null,
  ...overrides,
});
const run = (id: string, overrides: Partial<TimelineRun>): TimelineRun => ({
  id,
  scenarioId: 'builtin-classic',
  scenarioName: 'Le classique Bonpayeur',
  status: 'ACTIVE',
  pausedReason: null,
  endReason: null,
  tokenSpent: true,
  tokenRefunded: false,
  createdAt: '2035-02-20T10:00:00.000Z',
  endedAt: null,
  segment: null,
  messages: [],
  ...overrides,
});
const event = (kind: string, actor: string, occurredAt: string, details: Record<string, unknown>): TimelineEvent => ({ id: `${kind}-${occurredAt}`, kind, actor, details: JSON.stringify(details), occurredAt });

/** The invoice of the story: the classic scenario, a plan proposed and accepted, its first instalment reminded then received, a payment declared then rejected. */
const runs = [
  run('r2', {
    scenarioId: 'payment-plan',
    scenarioName: 'Échéancier accepté',
    tokenSpent: false,
    createdAt: '2035-03-05T10:00:00.000Z',
    messages: [
      message('m3', { tone: 'GOOD', scheduledAt: '2035-03-31T07:00:00.000Z', sentAt: '2035-03-31T07:00:02.000Z', deliveredAt: '2035-03-31T07:01:00.000Z', status: 'DELIVERED' }),
      message('m4', { stepIndex: 1, scheduledAt: '2035-04-30T07:00:00.000Z' }),
    ],
  }),
  run('r1', {
    status: 'COMPLETED',
    endReason: 'REPLACED_BY_PAYMENT_PLAN',
    endedAt: '2035-03-05T10:00:00.000Z',
    messages: [
      message('m1', { scheduledAt: '2035-02-24T08:00:00.000Z', sentAt: '2035-02-24T08:00:05.000Z', status: 'SENT' }),
      message('m2', { stepIndex: 1, tone: 'BAD', scheduledAt: '2035-03-10T08:00:00.000Z', status: 'CANCELLED', lastError: 'REPLACED_BY_PAYMENT_PLAN' }),
    ],
  }),
];
const events = [
  event('PAYMENT_PLAN_PROPOSED', 'DEBTOR_LINK', '2035-03-05T09:00:00.000Z', { planId: 'p1', instalments: [{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }] }),
  event('PAYMENT_PLAN_ACCEPTED', 'CREDITOR', '2035-03-05T10:00:00.000Z', { instalments: 2, reason: null, requestId: 'p1' }),
  event('PAYMENT_PLAN_RUN_STARTED', 'SYSTEM', '2035-03-05T10:00:00.000Z', { planId: 'p1', runId: 'r2', messages: 2 }),
  event('INSTALMENT_PAID', 'CREDITOR', '2035-04-02T08:00:00.000Z', { number: 1, count: 2, dueDate: '2035-03-31', amountCents: 61_728, paidOn: '2035-04-01', reason: null, requestId: 'p1' }),
];

function renderTimeline(props: Partial<Parameters<typeof InvoiceTimeline>[0]> = {}) {
  const { container } = render(
    <TestApi>
      <InvoiceTimeline runs={runs} events={events} currency="EUR" {...props} />
    </TestApi>,
  );
  return within(container).getByRole('region', { name: 'Historique de la facture' });
}
const text = (element: HTMLElement) => (element.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('InvoiceTimeline', () => {
  it('interleaves the requests and decisions with the messages of every run, oldest first, in French', () => {
    const history = renderTimeline();
    const chronology = within(history).getByRole('region', { name: 'Chronologie' });
    const items = within(chronology).getAllByRole('listitem').filter((item) => item.classList.contains('timeline__item'));
    expect(items.map((item) => within(item).getAllByText(/./)[0]!.textContent)).toEqual([
      'Aimable · E-mail',
      'Échéancier proposé en 2 fois : relances en pause',
      'Échéancier en 2 fois accepté',
      '2 rappels d’échéance programmés, à la place du scénario',
      'Ferme · E-mail',
      'Aimable · E-mail',
      'Échéance 1/2 reçue le 1 avril 2035',
      'Aimable · E-mail',
    ]);
    expect(text(items[1]!)).toContain('par le client, depuis la page de ses relances');
    expect(text(items[1]!)).toContain('617,28 € le 31 mars 2035');
    expect(text(items[1]!)).toContain('617,28 € le 30 avril 2035');
    expect(text(items[6]!)).toContain('par votre équipe');
    // Several runs: each message says which one sent it.
    expect(text(items[0]!)).toContain('Scénario « Le classique Bonpayeur »');
    expect(text(items[5]!)).toContain('Rappels de l’échéancier accepté');
    expect(items[1]!.className).toContain('timeline__item--event-warn');
    expect(items[6]!.className).toContain('timeline__item--event-ok');
  });

  it('sums up each run: the plan’s by name, how the scenario ended, why a run waits, and the stop button only on a running one', () => {
    const history = renderTimeline({
      runs: [run('r3', { status: 'PAUSED', pausedReason: 'PAYMENT_DECLARED', createdAt: '2035-03-06T10:00:00.000Z' }), ...runs.slice(1)],
    });
    const summaries = within(within(history).getByRole('region', { name: 'Relances' })).getAllByRole('listitem');
    expect(text(summaries[0]!)).toMatch(/^Scénario « Le classique Bonpayeur »En pause paiement déclaré à vérifier · démarré le 6 mars 2035 à 11:00 · 1 jeton$/);
    expect(text(summaries[1]!)).toContain('remplacé par un échéancier');
    expect(within(history).queryByRole('button', { name: 'Arrêter les relances' })).toBeNull();

    const second = renderTimeline({ runs: [runs[0]!], events: [] });
    expect(within(second!).getByRole('heading', { name: 'Rappels de l’échéancier accepté' })).toBeTruthy();
    expect(text(within(second!).getByRole('region', { name: 'Relances' }))).toContain('sans jeton');
    expect(within(second!).getByRole('button', { name: 'Arrêter les relances' })).toBeTruthy();
    // One run: its messages need not name it.
    expect(text(within(second!).getByRole('region', { name: 'Chronologie' }))).not.toContain('Rappels de l’échéancier accepté');
  });

  it('shows the events of an invoice no scenario ever reminded, and says when there is nothing at all', () => {
    const history = renderTimeline({ runs: [], events: [event('DUE_DATE_CHANGED', 'CREDITOR', '2035-03-01T09:00:00.000Z', { from: '2035-03-03', to: '2035-03-17' })] });
    expect(within(history).queryByRole('region', { name: 'Relances' })).toBeNull();
    expect(text(history)).toContain('Échéance déplacée du 3 mars 2035 au 17 mars 2035');

    expect(within(renderTimeline({ runs: [], events: [] })).getByText('Aucune relance ni demande pour cette facture.')).toBeTruthy();
  });
});
