import { describe, expect, it } from 'vitest';
import { creditorReliability } from '../creditor-reliability.js';
import { checkPdf } from '../pdf-check.js';
import { decide, DecisionFacts } from '../publication-decision.js';
import { publicationRefusal, PublicationRequestFacts, warnsOfPublication } from '../publication-eligibility.js';
import { nextPublicationStatus } from '../publication-status.js';
import { normalizeReply } from '../reply-check.js';

describe('publicationRefusal', () => {
  const eligible: PublicationRequestFacts = {
    creditorVerified: true,
    invoiceStatus: 'OPEN',
    dueDate: '2026-01-31',
    today: '2026-03-20',
    disputed: false,
    ultimatums: [{ status: 'SENT', sentOn: '2026-03-02', deadlineDays: 8, warnedOfPublication: true }],
    alreadyPublishedOrRequested: false,
  };

  it('accepts an open invoice past due whose sent ultimatum’s deadline has passed', () => {
    expect(publicationRefusal(eligible)).toBeNull();
  });

  it.each([
    [{ creditorVerified: false }, 'CREDITOR_NOT_VERIFIED'],
    [{ invoiceStatus: 'PAID' as const }, 'INVOICE_NOT_OPEN'],
    [{ invoiceStatus: 'CANCELLED' as const }, 'INVOICE_NOT_OPEN'],
    [{ invoiceStatus: 'DISPUTED' as const }, 'INVOICE_DISPUTED'],
    [{ disputed: true }, 'INVOICE_DISPUTED'],
    [{ today: '2026-01-31' }, 'INVOICE_NOT_PAST_DUE'],
    [{ ultimatums: [] }, 'ULTIMATUM_NOT_SENT'],
    [{ ultimatums: [{ status: 'SCHEDULED', sentOn: null, deadlineDays: 8, warnedOfPublication: true }] }, 'ULTIMATUM_NOT_SENT'],
    [{ ultimatums: [{ status: 'FAILED', sentOn: null, deadlineDays: 8, warnedOfPublication: true }] }, 'ULTIMATUM_NOT_SENT'],
    [{ ultimatums: [{ status: 'SENT', sentOn: '2026-03-02', deadlineDays: 8, warnedOfPublication: false }] }, 'ULTIMATUM_WITHOUT_PUBLICATION_NOTICE'],
    [{ ultimatums: [{ status: 'DELIVERED', sentOn: '2026-03-12', deadlineDays: 8, warnedOfPublication: true }] }, 'ULTIMATUM_DEADLINE_NOT_PASSED'],
    [{ ultimatums: [{ status: 'SENT', sentOn: '2026-03-12', deadlineDays: null, warnedOfPublication: true }] }, 'ULTIMATUM_DEADLINE_NOT_PASSED'],
    [{ alreadyPublishedOrRequested: true }, 'ALREADY_REQUESTED'],
  ])('refuses %o with %s', (change, refusal) => {
    expect(publicationRefusal({ ...eligible, ...change } as PublicationRequestFacts)).toBe(refusal);
  });

  it('counts the deadline in whole days: on the deadline day it has not passed yet', () => {
    expect(publicationRefusal({ ...eligible, today: '2026-03-10' })).toBe('ULTIMATUM_DEADLINE_NOT_PASSED');
    expect(publicationRefusal({ ...eligible, today: '2026-03-11' })).toBeNull();
  });
});

describe('warnsOfPublication', () => {
  it('recognises the built-in ultimatum’s warning and refuses a silent notice', () => {
    expect(warnsOfPublication('Sans règlement à cette date, cette facture pourra être publiée sur votre profil public Bonpayeur, après examen par notre équipe de modération.')).toBe(true);
    expect(warnsOfPublication('Dernier rappel avant mise en demeure.')).toBe(false);
    expect(warnsOfPublication(null)).toBe(false);
  });
});

describe('publication status', () => {
  it('goes REQUESTED → APPROVED → SETTLED when paid, and a paid request simply ends', () => {
    expect(nextPublicationStatus('REQUESTED', 'APPROVE')).toBe('APPROVED');
    expect(nextPublicationStatus('APPROVED', 'INVOICE_CLOSED')).toBe('SETTLED');
    expect(nextPublicationStatus('REQUESTED', 'INVOICE_CLOSED')).toBe('WITHDRAWN');
  });

  it('lets moderation remove a publication even once settled, and nothing leaves a final state', () => {
    expect(nextPublicationStatus('SETTLED', 'DISPUTE_UPHELD')).toBe('REMOVED');
    expect(nextPublicationStatus('APPROVED', 'MODERATOR_REMOVED')).toBe('REMOVED');
    expect(nextPublicationStatus('REQUESTED', 'MODERATOR_REMOVED')).toBeNull();
    expect(nextPublicationStatus('REJECTED', 'APPROVE')).toBeNull();
    expect(nextPublicationStatus('REMOVED', 'WITHDRAW')).toBeNull();
    expect(nextPublicationStatus('APPROVED', 'APPROVE')).toBeNull();
  });
});

describe('decide', () => {
  const facts: DecisionFacts = {
    status: 'REQUESTED',
    approve: true,
    now: new Date('2026-03-20T10:00:00Z'),
    answerUntil: new Date('2026-03-19T10:00:00Z'),
    debtorWaived: false,
    disputeOpen: false,
    approvalsRequired: 1,
    firstApprovalBy: null,
    moderatorId: 'm1',
    moderatorInvolved: false,
  };

  it('approves once the answer period is over, or earlier when the debtor waived it', () => {
    expect(decide(facts)).toEqual({ outcome: 'APPROVED' });
    expect(decide({ ...facts, now: new Date('2026-03-18T10:00:00Z') })).toEqual({ refusal: 'ANSWER_PERIOD_OPEN' });
    expect(decide({ ...facts, now: new Date('2026-03-18T10:00:00Z'), debtorWaived: true })).toEqual({ outcome: 'APPROVED' });
  });

  it('may reject at any time, but never while a dispute is open nor by an involved moderator', () => {
    expect(decide({ ...facts, approve: false, now: new Date('2026-03-18T10:00:00Z') })).toEqual({ outcome: 'REJECTED' });
    expect(decide({ ...facts, approve: false, disputeOpen: true })).toEqual({ refusal: 'DISPUTE_OPEN' });
    expect(decide({ ...facts, moderatorInvolved: true })).toEqual({ refusal: 'CONFLICT_OF_INTEREST' });
    expect(decide({ ...facts, status: 'APPROVED' })).toEqual({ refusal: 'NOT_PENDING' });
  });

  it('needs two different moderators for an unreliable creditor', () => {
    const two = { ...facts, approvalsRequired: 2 };
    expect(decide(two)).toEqual({ outcome: 'FIRST_APPROVAL' });
    expect(decide({ ...two, firstApprovalBy: 'm1' })).toEqual({ refusal: 'SECOND_MODERATOR_REQUIRED' });
    expect(decide({ ...two, firstApprovalBy: 'm2' })).toEqual({ outcome: 'APPROVED' });
  });
});

describe('checkPdf', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

  it('accepts a PDF by its bytes', () => {
    expect(checkPdf(pdf, 1_000)).toBe('OK');
  });

  it('refuses an empty file, one too large, a renamed non-PDF and a truncated PDF', () => {
    expect(checkPdf(Buffer.alloc(0), 1_000)).toBe('EMPTY');
    expect(checkPdf(pdf, 10)).toBe('TOO_LARGE');
    expect(checkPdf(Buffer.from('\x89PNG\r\n\x1a\n...%%EOF', 'latin1'), 1_000)).toBe('NOT_PDF');
    expect(checkPdf(Buffer.from('<html>%PDF-1.4 %%EOF', 'latin1'), 1_000)).toBe('NOT_PDF');
    expect(checkPdf(pdf.subarray(0, 20), 1_000)).toBe('TRUNCATED');
  });
});

describe('normalizeReply', () => {
  it('accepts a factual reply', () => {
    expect(normalizeReply('  Facture contestée : la livraison était incomplète.  ')).toEqual({ text: 'Facture contestée : la livraison était incomplète.' });
  });

  it('refuses personal data and insults', () => {
    expect(normalizeReply('Appelez Jean au 06 12 34 56 78')).toEqual({ refusal: 'REPLY_PERSONAL_DATA' });
    expect(normalizeReply('Écrivez à jean.dupont@example.fr')).toEqual({ refusal: 'REPLY_PERSONAL_DATA' });
    expect(normalizeReply('Payé sur FR76 3000 6000 0112 3456 7890 189')).toEqual({ refusal: 'REPLY_PERSONAL_DATA' });
    expect(normalizeReply('Ce créancier est un escroc.')).toEqual({ refusal: 'REPLY_INSULTING' });
    expect(normalizeReply('   ')).toEqual({ refusal: 'REPLY_EMPTY' });
    expect(normalizeReply('x'.repeat(2_001))).toEqual({ refusal: 'REPLY_TOO_LONG' });
  });

  it('drops invisible control characters (NUL would break the database) but keeps line breaks', () => {
    expect(normalizeReply('Ligne 1\u0000\nLigne 2\u0007')).toEqual({ text: 'Ligne 1\nLigne 2' });
  });

  it('does not mistake amounts or invoice numbers for phone numbers', () => {
    expect(normalizeReply('Facture F-2026-0042 de 1 234,56 € réglée le 12/03/2026.')).toHaveProperty('text');
  });
});

describe('creditorReliability', () => {
  const record = { requested: 10, published: 8, disputed: 3, overturned: 0 };

  it('trusts a creditor fully below the threshold', () => {
    expect(creditorReliability({ ...record, overturned: 1 }, 2)).toMatchObject({ weight: 1, needsSecondModerator: false });
  });

  it('asks for a second moderator and lowers the weight from the threshold on, down to a floor', () => {
    expect(creditorReliability({ ...record, overturned: 2 }, 2)).toMatchObject({ weight: 0.75, needsSecondModerator: true });
    expect(creditorReliability({ ...record, overturned: 3 }, 2)).toMatchObject({ weight: 0.5 });
    expect(creditorReliability({ ...record, overturned: 20 }, 2)).toMatchObject({ weight: 0.25 });
  });
});
