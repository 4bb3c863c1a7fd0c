import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { Pipeline, startPipeline } from '../reminders/support.js';
import { MY_COMPANY_SCORE } from '../scores/support.js';
import { DECIDE_PUBLICATION, evidenceId, pdfBytes, invoiceAfterUltimatum, PUBLIC_PUBLICATIONS, PublicPublication, REQUEST_PUBLICATION } from './support.js';

const DISPUTE = `mutation Dispute($input: DisputeInvoiceInput!) { disputeInvoice(input: $input) { id status } }`;
const RULE = `mutation Rule($input: RuleOnDisputeInput!) { ruleOnDispute(input: $input) { id status rulingReason } }`;
const DISPUTE_QUEUE = `query { disputeQueue(first: 100) { edges { node { dispute { id } publicationId invoiceNumber evidence { id filename downloadPath } } } } }`;
const REVIEW = `query Review($id: String!) { publicationReview(id: $id) { status disputeOpen readyForDecision dispute { id status } creditorReliability { disputed overturned } } }`;
const RESUME = `mutation Resume($input: ResumeRemindersInput!) { resumeReminders(input: $input) { status } }`;

/**
 * The debtor's side against a publication request, end to end over GraphQL with the worker:
 * invoice → scenario → ultimatum sent → deadline passes → request → the debtor disputes → the
 * moderator rules.
 */
describe('dispute ruling', () => {
  let pipeline: Pipeline;
  let moderator: SignedUpCreditor;
  const clock = new FixedClock(new Date('2026-02-20T09:00:00Z'));

  beforeAll(async () => {
    pipeline = await startPipeline(clock, { PUBLICATION_ANSWER_DAYS: '3' });
    moderator = await signUpPlatformUser(pipeline.api, 'MODERATOR');
  });
  afterAll(async () => {
    for (const name of [QUEUE.reminderEmail, QUEUE.reminderSms, QUEUE.reminderDispatch]) {
      await pipeline?.worker.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch(() => undefined);
    }
    await pipeline?.close();
  });

  async function requestedAndDebtor() {
    const { creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    clock.set(new Date('2026-04-11T09:00:00Z'));
    const { requestPublication } = await creditor.client.ok<{ requestPublication: { id: string } }>(REQUEST_PUBLICATION, {
      input: { invoiceId: invoice.id, statement: 'Impayé malgré mise en demeure.', evidenceId: await evidenceId(pipeline.api, creditor) },
    });
    const debtor = await signUpCreditor(pipeline.api, { companySiren: invoice.debtor.siren });
    return { creditor, invoice, publicationId: requestPublication.id, debtor };
  }

  it('freezes the request while the dispute is open; upheld, the publication is REMOVED, counts against the creditor, and nothing is left in the score', async () => {
    const { creditor, invoice, publicationId, debtor } = await requestedAndDebtor();
    expect(await debtor.client.error(DISPUTE, { input: { invoiceId: invoice.id, reason: 'Marchandise jamais livrée.' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DEBTOR_REPRESENTATIVE' });
    await verifyCompany(pipeline.api, debtor);
    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: { id: string } }>(DISPUTE, { input: { invoiceId: invoice.id, reason: 'Marchandise jamais livrée, bon non signé.' } });

    clock.set(new Date('2026-04-20T09:00:00Z'));
    expect(await moderator.client.error(DECIDE_PUBLICATION, { input: { publicationId, approve: true, reason: 'Dette établie.' } })).toMatchObject({ code: 'CONFLICT', reason: 'DISPUTE_OPEN' });
    const review = await moderator.client.ok<{ publicationReview: { disputeOpen: boolean; readyForDecision: boolean; dispute: { id: string; status: string } } }>(REVIEW, { id: publicationId });
    expect(review.publicationReview).toMatchObject({ disputeOpen: true, readyForDecision: false, dispute: { id: disputeInvoice.id, status: 'OPEN' } });
    // The debtor backs its dispute with a PDF, checked like the creditor's evidence.
    const attach = async (who: SignedUpCreditor, bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'bon-de-livraison.pdf');
      const response = await fetch(`${pipeline.api.url}/disputes/${disputeInvoice.id}/evidence`, { method: 'POST', headers: { cookie: `bp_session=${who.client.cookie('bp_session')}` }, body: form });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await attach(debtor, Buffer.from('GIF89a...%%EOF'))).toMatchObject({ status: 400, body: { reason: 'EVIDENCE_NOT_PDF' } });
    expect(await attach(creditor, pdfBytes('bon'))).toMatchObject({ status: 404 });
    const attached = await attach(debtor, pdfBytes('bon'));
    expect(attached).toMatchObject({ status: 201, body: { filename: 'bon-de-livraison.pdf' } });

    const queue = await moderator.client.ok<{ disputeQueue: { edges: { node: { dispute: { id: string }; publicationId: string; evidence: { id: string; downloadPath: string }[] } }[] } }>(DISPUTE_QUEUE);
    const entry = queue.disputeQueue.edges.map((e) => e.node).find((n) => n.dispute.id === disputeInvoice.id);
    expect(entry).toMatchObject({ publicationId, evidence: [{ id: attached.body.id }] });
    for (const reader of [moderator, creditor]) {
      const download = await fetch(`${pipeline.api.url}${entry!.evidence[0]!.downloadPath}`, { headers: { cookie: `bp_session=${reader.client.cookie('bp_session')}` } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes('bon'))).toBe(true);
    }

    for (const party of [creditor, debtor]) {
      expect(await party.client.error(RULE, { input: { disputeId: disputeInvoice.id, upheld: party === debtor, reason: 'Je tranche.' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'PLATFORM_ROLE_REQUIRED' });
    }
    const { ruleOnDispute } = await moderator.client.ok<{ ruleOnDispute: { status: string } }>(RULE, { input: { disputeId: disputeInvoice.id, upheld: true, reason: 'Aucune preuve de livraison.' } });
    expect(ruleOnDispute.status).toBe('UPHELD');

    const after = await moderator.client.ok<{ publicationReview: { status: string; creditorReliability: { disputed: number; overturned: number } } }>(REVIEW, { id: publicationId });
    expect(after.publicationReview).toMatchObject({ status: 'REMOVED', creditorReliability: { disputed: 1, overturned: 1 } });
    const score = await debtor.client.ok<{ myCompanyScore: { contributions: { invoiceNumber: string | null }[] } }>(MY_COMPANY_SCORE, { siren: invoice.debtor.siren });
    expect(score.myCompanyScore.contributions.filter((c) => c.invoiceNumber === invoice.number)).toEqual([]);
    const audit = (await pipeline.db.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [publicationId])) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['PUBLICATION_REQUESTED', 'PUBLICATION_REMOVED']);
    expect(await attach(debtor, pdfBytes('trop tard'))).toMatchObject({ status: 409, body: { reason: 'NOT_PENDING' } });
  });

  it('rejected, the invoice is open again and the request goes on to approval', async () => {
    const { creditor, invoice, publicationId, debtor } = await requestedAndDebtor();
    await verifyCompany(pipeline.api, debtor);
    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: { id: string } }>(DISPUTE, { input: { invoiceId: invoice.id, reason: 'Nous contestons le montant.' } });
    clock.set(new Date('2026-04-20T09:00:00Z'));
    await moderator.client.ok(RULE, { input: { disputeId: disputeInvoice.id, upheld: false, reason: 'Bon de commande signé au montant facturé.' } });
    // Every step had already left (the run completed with the ultimatum): nothing to resume, the invoice is simply open again.
    expect(await creditor.client.error(RESUME, { input: { invoiceId: invoice.id } })).toMatchObject({ code: 'CONFLICT', reason: 'RUN_NOT_PAUSED' });
    expect((await creditor.client.ok<{ invoice: { status: string } }>(`query($id: ID!) { invoice(id: $id) { status } }`, { id: invoice.id })).invoice.status).toBe('OPEN');
    const { decidePublication } = await moderator.client.ok<{ decidePublication: { status: string } }>(DECIDE_PUBLICATION, { input: { publicationId, approve: true, reason: 'Dette certaine.' } });
    expect(decidePublication.status).toBe('APPROVED');
  });

  it('removes an approved publication from the public page and its whole score effect when a later dispute is upheld', async () => {
    const { invoice, publicationId, debtor } = await requestedAndDebtor();
    clock.set(new Date('2026-04-15T09:00:00Z'));
    await moderator.client.ok(DECIDE_PUBLICATION, { input: { publicationId, approve: true, reason: 'Dette certaine.' } });
    expect((await pipeline.api.client().ok<{ company: { publications: PublicPublication[] } }>(PUBLIC_PUBLICATIONS, { siren: invoice.debtor.siren })).company.publications).toHaveLength(1);

    await verifyCompany(pipeline.api, debtor);
    const { disputeInvoice } = await debtor.client.ok<{ disputeInvoice: { id: string } }>(DISPUTE, { input: { invoiceId: invoice.id, reason: 'Facture déjà réglée par compensation.' } });
    await moderator.client.ok(RULE, { input: { disputeId: disputeInvoice.id, upheld: true, reason: 'Compensation prouvée.' } });
    expect((await pipeline.api.client().ok<{ company: { publications: PublicPublication[] } }>(PUBLIC_PUBLICATIONS, { siren: invoice.debtor.siren })).company.publications).toEqual([]);
    const score = await debtor.client.ok<{ myCompanyScore: { contributions: { kind: string }[] } }>(MY_COMPANY_SCORE, { siren: invoice.debtor.siren });
    expect(score.myCompanyScore.contributions.map((c) => c.kind)).not.toContain('PUBLICATION');
    const kinds = (await pipeline.db.query(`SELECT kind FROM score_events WHERE company_siren = $1 AND kind IN ('PUBLICATION_REMOVED', 'INVOICE_DISPUTE_WON') ORDER BY kind`, [invoice.debtor.siren])) as { kind: string }[];
    expect(kinds.map((k) => k.kind)).toEqual(['INVOICE_DISPUTE_WON', 'PUBLICATION_REMOVED']);
  });

  it('refuses a publication request while the invoice is disputed', async () => {
    const { creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    const debtor = await signUpCreditor(pipeline.api, { companySiren: invoice.debtor.siren });
    await verifyCompany(pipeline.api, debtor);
    await debtor.client.ok(DISPUTE, { input: { invoiceId: invoice.id, reason: 'Prestation non conforme.' } });
    clock.set(new Date('2026-04-12T09:00:00Z'));
    expect(
      await creditor.client.error(REQUEST_PUBLICATION, { input: { invoiceId: invoice.id, statement: 'Impayé.', evidenceId: await evidenceId(pipeline.api, creditor) } }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_DISPUTED' });
  });
});
