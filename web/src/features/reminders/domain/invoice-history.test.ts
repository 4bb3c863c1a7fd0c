import { describe, expect, it } from 'vitest';
import { describeEvent, historyEntries, type HistoryEvent } from './invoice-history';

const event = (kind: string, details: Record<string, unknown>, actor = 'CREDITOR', occurredAt = '2035-03-05T10:00:00.000Z'): HistoryEvent => ({
  id: `${kind}-${occurredAt}`,
  kind,
  actor,
  details: JSON.stringify(details),
  occurredAt,
});
/** Intl writes narrow no-break spaces in amounts: compare on plain spaces. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u202f]/g, ' ')) as unknown;

describe('describeEvent', () => {
  it('says in French what the debtor asked, who asked it, and its facts', () => {
    expect(plain(describeEvent(event('PAYMENT_DECLARED', { declarationId: 'd1', paidOn: '2035-04-01', note: 'Virement du 1er avril' }, 'DEBTOR_LINK'), 'EUR'))).toEqual({
      title: 'Paiement déclaré le 1 avril 2035 : relances en pause',
      by: 'par le client, depuis la page de ses relances',
      lines: ['Son message : « Virement du 1er avril »'],
      tone: 'warn',
    });
    expect(
      plain(describeEvent(event('PAYMENT_PLAN_PROPOSED', { planId: 'p1', instalments: [{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }] }, 'DEBTOR_LINK'), 'EUR')),
    ).toMatchObject({ title: 'Échéancier proposé en 2 fois : relances en pause', lines: ['617,28 € le 31 mars 2035', '617,28 € le 30 avril 2035'] });
  });

  it('follows a plan: accepted, its reminders planned, an instalment received, one missed, then ended', () => {
    expect(describeEvent(event('PAYMENT_PLAN_ACCEPTED', { instalments: 3, reason: null, requestId: 'p1' }), 'EUR')).toMatchObject({ title: 'Échéancier en 3 fois accepté', by: 'par votre équipe', lines: [], tone: 'ok' });
    expect(describeEvent(event('PAYMENT_PLAN_RUN_STARTED', { planId: 'p1', runId: 'r1', messages: 3 }, 'SYSTEM'), 'EUR')).toMatchObject({
      title: '3 rappels d’échéance programmés, à la place du scénario',
      by: 'par Bonpayeur, automatiquement',
    });
    expect(plain(describeEvent(event('INSTALMENT_PAID', { number: 1, count: 3, dueDate: '2035-03-31', amountCents: 41_152, paidOn: '2035-04-02', reason: null }), 'EUR'))).toMatchObject({
      title: 'Échéance 1/3 reçue le 2 avril 2035',
      lines: ['411,52 €, prévue le 31 mars 2035'],
      tone: 'ok',
    });
    const missed = plain(describeEvent(event('INSTALMENT_MISSED', { planId: 'p1', number: 2, count: 3, dueDate: '2035-04-30', amountCents: 41_152, graceDays: 3 }, 'SYSTEM'), 'EUR')) as { title: string; lines: string[] };
    expect(missed.title).toBe('Échéance 2/3 non confirmée');
    expect(missed.lines[0]).toMatch(/^411,52 € prévue le 30 avril 2035, sans confirmation 3 jours après : vous en avez été prévenu par e-mail\./);
    expect(describeEvent(event('PAYMENT_PLAN_ENDED', { resumedRunId: 'r0', messagesPlanned: 2, reason: 'Plus rien reçu.' }), 'EUR')).toMatchObject({
      title: 'Échéancier arrêté : le scénario de relance reprend',
      lines: ['Motif : « Plus rien reçu. »'],
      tone: 'late',
    });
    expect(describeEvent(event('PAYMENT_PLAN_ENDED', { resumedRunId: null, messagesPlanned: 0, reason: null }), 'EUR').title).toBe('Échéancier arrêté');
  });

  it('tells disputes, answers to declared payments and due-date changes, with the reason given', () => {
    expect(describeEvent(event('DISPUTE_OPENED', { disputeId: 'x', reason: 'Marchandise abîmée.' }, 'DEBTOR_MEMBER'), 'EUR')).toEqual({
      title: 'Facture contestée : relances en pause',
      by: 'par le client, depuis son espace Bonpayeur',
      lines: ['Motif : « Marchandise abîmée. »'],
      tone: 'warn',
    });
    expect(describeEvent(event('DISPUTE_UPHELD', { disputeId: 'x', reason: 'Facture en double.' }, 'MODERATOR'), 'EUR')).toMatchObject({ title: 'Contestation fondée : relances arrêtées', by: 'par la modération Bonpayeur', tone: 'late' });
    expect(describeEvent(event('DECLARED_PAYMENT_CONFIRMED', { paidOn: '2035-04-01', reason: null }), 'EUR').title).toBe('Paiement déclaré confirmé : facture payée le 1 avril 2035');
    expect(describeEvent(event('DECLARED_PAYMENT_REJECTED', { paidOn: '2035-04-01', reason: 'Rien reçu.' }), 'EUR')).toMatchObject({ title: 'Paiement déclaré non reçu : relances reprises', lines: ['Motif : « Rien reçu. »'] });
    expect(describeEvent(event('DUE_DATE_CHANGED', { from: '2035-03-03', to: '2035-03-17' }), 'EUR').title).toBe('Échéance déplacée du 3 mars 2035 au 17 mars 2035');
  });

  it('writes amounts in the invoice’s currency', () => {
    const paid = plain(describeEvent(event('INSTALMENT_PAID', { number: 1, count: 2, dueDate: '2035-03-31', amountCents: 100_000, paidOn: '2035-03-31' }), 'CHF')) as { lines: string[] };
    expect(paid.lines[0]).toBe('1 000,00 CHF, prévue le 31 mars 2035');
  });

  it('still shows an event of a kind it does not know, or with details it cannot read, rather than hiding it', () => {
    expect(describeEvent(event('SOMETHING_NEW', { reason: 'Pourquoi pas.' }), 'EUR')).toMatchObject({ title: 'Autre événement (SOMETHING_NEW)', lines: ['Motif : « Pourquoi pas. »'], tone: 'info' });
    expect(describeEvent({ id: 'e', kind: 'REMINDERS_RESUMED', actor: 'ROBOT', details: '{not json', occurredAt: '2035-03-05T10:00:00.000Z' }, 'EUR')).toEqual({
      title: 'Relances reprises',
      by: 'par ROBOT',
      lines: [],
      tone: 'info',
    });
  });
});

describe('historyEntries', () => {
  const message = (id: string, scheduledAt: string, sentAt: string | null = null) => ({ id, scheduledAt, sentAt });

  it('puts every run’s messages and the events in one list, oldest first: a message when it left, else when it is planned', () => {
    const planRun = { messages: [message('m3', '2035-03-31T07:00:00.000Z'), message('m4', '2035-04-30T07:00:00.000Z')] };
    const scenarioRun = { messages: [message('m1', '2035-02-24T08:00:00.000Z', '2035-02-24T08:00:03.000Z'), message('m2', '2035-03-10T08:00:00.000Z')] };
    const events = [event('PAYMENT_PLAN_PROPOSED', {}, 'DEBTOR_LINK', '2035-03-05T09:00:00.000Z'), event('PAYMENT_PLAN_ACCEPTED', {}, 'CREDITOR', '2035-03-05T10:00:00.000Z')];
    const sut = historyEntries([planRun, scenarioRun], events);
    expect(sut.map((entry) => (entry.type === 'event' ? entry.event.kind : `${entry.message.id}@run${entry.runIndex}`))).toEqual([
      'm1@run1',
      'PAYMENT_PLAN_PROPOSED',
      'PAYMENT_PLAN_ACCEPTED',
      'm2@run1',
      'm3@run0',
      'm4@run0',
    ]);
    expect(sut[0]!.at).toBe('2035-02-24T08:00:03.000Z');
  });

  it('puts an event before a message of the same instant: the decision, then what it planned', () => {
    const at = '2035-03-05T10:00:00.000Z';
    const sut = historyEntries([{ messages: [message('m1', at)] }], [event('PAYMENT_PLAN_RUN_STARTED', {}, 'SYSTEM', at)]);
    expect(sut.map((entry) => entry.type)).toEqual(['event', 'message']);
  });
});
