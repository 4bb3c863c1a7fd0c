import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { createInvoice, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { advanceTo, APPLY_SCENARIO, Pipeline, startPipeline } from '../reminders/support.js';
import { DECIDE_PUBLICATION, evidenceId, invoiceAfterUltimatum, pdfBytes, PUBLIC_PUBLICATIONS, PUBLICATION_QUEUE, REPLY, REQUEST_PUBLICATION, uploadEvidence, WITHDRAW_PUBLICATION } from './support.js';

/** Every refusal of the publication rules, over GraphQL and the evidence endpoint. */
describe('publication rules', () => {
  let pipeline: Pipeline;
  let moderator: SignedUpCreditor;
  const clock = new FixedClock(new Date('2026-02-20T09:00:00Z'));
  const request = (creditor: SignedUpCreditor, invoiceId: string, evidence: string) =>
    creditor.client.error(REQUEST_PUBLICATION, { input: { invoiceId, statement: 'Impayé malgré mise en demeure.', evidenceId: evidence } });

  beforeAll(async () => {
    pipeline = await startPipeline(clock, { PUBLICATION_ANSWER_DAYS: '0', CREDITOR_RELIABILITY_THRESHOLD: '2' });
    moderator = await signUpPlatformUser(pipeline.api, 'MODERATOR');
  });
  afterAll(async () => {
    for (const name of [QUEUE.reminderEmail, QUEUE.reminderSms, QUEUE.reminderDispatch]) {
      await pipeline?.worker.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch(() => undefined);
    }
    await pipeline?.close();
  });

  it('refuses an unverified creditor, an invoice not yet due, an ultimatum only scheduled, a deadline not passed', async () => {
    clock.set(new Date('2026-02-20T09:00:00Z'));
    const unverified = await signUpCreditor(pipeline.api);
    const theirs = await createInvoice(unverified.client, { dueDate: '2026-01-31', issueDate: '2026-01-01' });
    expect(await request(unverified, theirs.id, await evidenceId(pipeline.api, unverified))).toMatchObject({ code: 'FORBIDDEN', reason: 'CREDITOR_NOT_VERIFIED' });

    const creditor = await signUpCreditor(pipeline.api);
    await verifyCompany(pipeline.api, creditor);
    const evidence = await evidenceId(pipeline.api, creditor);
    const notDue = await createInvoice(creditor.client, { dueDate: '2026-03-31' });
    expect(await request(creditor, notDue.id, evidence)).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_PAST_DUE' });

    const scheduledOnly = await createInvoice(creditor.client, { issueDate: '2026-01-01', dueDate: '2026-02-10', contact: { email: 'compta@client.test', phone: '0611223344' } });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: scheduledOnly.id, scenarioId: 'builtin-classic' } });
    const refusal = await request(creditor, scheduledOnly.id, evidence);
    expect(refusal).toMatchObject({ code: 'CONFLICT', reason: 'ULTIMATUM_NOT_SENT' });
    expect(refusal.message).toContain('programmée ne suffit pas');

    const { creditor: other, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    clock.set(new Date('2026-04-10T20:00:00Z'));
    expect(await request(other, invoice.id, await evidenceId(pipeline.api, other))).toMatchObject({ code: 'CONFLICT', reason: 'ULTIMATUM_DEADLINE_NOT_PASSED' });
  });

  it('refuses when the ultimatum that left did not warn that the invoice could be published', async () => {
    clock.set(new Date('2026-02-20T09:00:00Z'));
    const creditor = await signUpCreditor(pipeline.api);
    await verifyCompany(pipeline.api, creditor);
    const steps = [{ offsetDays: 10, channel: 'EMAIL', tone: 'ULTIMATUM', deadlineDays: 8, requiresApproval: false, subject: 'Mise en demeure {{invoiceNumber}}', body: 'Réglez {{amount}} avant le {{deadlineDate}}.' }];
    const { saveScenario } = await creditor.client.ok<{ saveScenario: { id: string } }>(`mutation S($input: SaveScenarioInput!) { saveScenario(input: $input) { id } }`, { input: { name: 'Sans avertissement', steps } });
    const invoice = await createInvoice(creditor.client, { issueDate: '2026-02-01', dueDate: '2026-03-03', contact: { email: 'compta@silence.test' } });
    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: saveScenario.id } });
    await advanceTo(pipeline, '2026-03-13T12:00:00Z');
    clock.set(new Date('2026-03-25T09:00:00Z'));
    expect(await request(creditor, invoice.id, await evidenceId(pipeline.api, creditor))).toMatchObject({ code: 'CONFLICT', reason: 'ULTIMATUM_WITHOUT_PUBLICATION_NOTICE' });
  });

  it('refuses a paid invoice, a second request, someone else’s invoice or evidence, and evidence used twice', async () => {
    const { creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    clock.set(new Date('2026-04-15T09:00:00Z'));
    const evidence = await evidenceId(pipeline.api, creditor);
    const stranger = await signUpCreditor(pipeline.api);
    expect(await request(stranger, invoice.id, evidence)).toMatchObject({ code: 'NOT_FOUND', reason: 'INVOICE_NOT_FOUND' });
    expect(await request(creditor, invoice.id, await evidenceId(pipeline.api, stranger))).toMatchObject({ code: 'NOT_FOUND', reason: 'EVIDENCE_NOT_FOUND' });
    await creditor.client.ok(REQUEST_PUBLICATION, { input: { invoiceId: invoice.id, statement: 'Impayé.', evidenceId: evidence } });
    expect(await request(creditor, invoice.id, await evidenceId(pipeline.api, creditor))).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REQUESTED' });

    const { invoice: second } = await invoiceAfterUltimatum(pipeline, clock, creditor);
    clock.set(new Date('2026-04-15T09:00:00Z'));
    expect(await request(creditor, second.id, evidence)).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_ALREADY_USED' });
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: second.id, paidAt: '2026-04-14' } });
    expect(await request(creditor, second.id, await evidenceId(pipeline.api, creditor))).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_OPEN' });
  });

  it('checks evidence by its bytes and size, and only for members of a creditor company', async () => {
    const creditor = await signUpCreditor(pipeline.api);
    const png = Buffer.from('\x89PNG\r\n\x1a\n0000 %%EOF', 'latin1');
    expect(await uploadEvidence(pipeline.api, creditor, png, 'facture.pdf')).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', reason: 'EVIDENCE_NOT_PDF' } });
    expect(await uploadEvidence(pipeline.api, creditor, pdfBytes().subarray(0, 30))).toMatchObject({ status: 400, body: { reason: 'EVIDENCE_TRUNCATED' } });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);
    expect(await uploadEvidence(pipeline.api, creditor, big)).toMatchObject({ status: 400, body: { reason: 'EVIDENCE_TOO_LARGE' } });
    const ok = await uploadEvidence(pipeline.api, creditor, pdfBytes(), 'Facture F-1.pdf', 'application/octet-stream');
    expect(ok).toMatchObject({ status: 201, body: { filename: 'Facture F-1.pdf', sizeBytes: pdfBytes().length } });

    const anonymous = await fetch(`${pipeline.api.url}/publications/evidence`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
    const download = await fetch(`${pipeline.api.url}/publications/evidence/${String(ok.body.id)}`, { headers: { cookie: `bp_session=${moderator.client.cookie('bp_session')}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes())).toBe(true);
    const stranger = await signUpCreditor(pipeline.api);
    const refused = await fetch(`${pipeline.api.url}/publications/evidence/${String(ok.body.id)}`, { headers: { cookie: `bp_session=${stranger.client.cookie('bp_session')}` } });
    expect(refused.status).toBe(404);
  });

  it('refuses moderator queries and mutations to creditors and debtors, and replies with personal data or insults', async () => {
    const { creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    clock.set(new Date('2026-04-15T09:00:00Z'));
    const { requestPublication } = await creditor.client.ok<{ requestPublication: { id: string } }>(REQUEST_PUBLICATION, {
      input: { invoiceId: invoice.id, statement: 'Impayé.', evidenceId: await evidenceId(pipeline.api, creditor) },
    });
    const debtor = await signUpCreditor(pipeline.api, { companySiren: invoice.debtor.siren });
    await verifyCompany(pipeline.api, debtor);
    for (const party of [creditor, debtor]) {
      expect(await party.client.error(DECIDE_PUBLICATION, { input: { publicationId: requestPublication.id, approve: party === creditor, reason: 'Je décide moi-même.' } })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PLATFORM_ROLE_REQUIRED',
      });
      expect(await party.client.error(PUBLICATION_QUEUE)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await debtor.client.error(REPLY, { input: { publicationId: requestPublication.id, text: 'Appelez Paul Martin au 06 12 34 56 78.' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPLY_PERSONAL_DATA' });
    expect(await debtor.client.error(REPLY, { input: { publicationId: requestPublication.id, text: 'Ce fournisseur est un escroc.' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPLY_INSULTING' });
    expect(await creditor.client.error(REPLY, { input: { publicationId: requestPublication.id, text: 'Je réponds à sa place.' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_VERIFIED_MEMBER' });
    expect(await moderator.client.error(DECIDE_PUBLICATION, { input: { publicationId: requestPublication.id, approve: true, reason: '' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });

    const { withdrawPublication } = await creditor.client.ok<{ withdrawPublication: { status: string; endReason: string } }>(WITHDRAW_PUBLICATION, {
      input: { publicationId: requestPublication.id, reason: 'Accord trouvé avec le client.' },
    });
    expect(withdrawPublication).toMatchObject({ status: 'WITHDRAWN', endReason: 'Accord trouvé avec le client.' });
    expect(await moderator.client.error(DECIDE_PUBLICATION, { input: { publicationId: requestPublication.id, approve: true, reason: 'Trop tard.' } })).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING' });
  });

  it('lets a moderator take down a reply and a publication, and nobody else', async () => {
    const { creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    clock.set(new Date('2026-04-15T09:00:00Z'));
    const { requestPublication } = await creditor.client.ok<{ requestPublication: { id: string } }>(REQUEST_PUBLICATION, {
      input: { invoiceId: invoice.id, statement: 'Impayé.', evidenceId: await evidenceId(pipeline.api, creditor) },
    });
    await moderator.client.ok(DECIDE_PUBLICATION, { input: { publicationId: requestPublication.id, approve: true, reason: 'Dette certaine.' } });
    const debtor = await signUpCreditor(pipeline.api, { companySiren: invoice.debtor.siren });
    await verifyCompany(pipeline.api, debtor);
    await debtor.client.ok(REPLY, { input: { publicationId: requestPublication.id, text: 'Voir avec Madame Durand, notre gérante.' } });

    const REMOVE_REPLY = `mutation R($input: ModeratePublicationInput!) { removePublicationReply(input: $input) { id reply { text } } }`;
    const REMOVE = `mutation R($input: ModeratePublicationInput!) { removePublication(input: $input) { id status endReason } }`;
    const input = { publicationId: requestPublication.id, reason: 'Nom d’une personne physique.' };
    for (const party of [creditor, debtor]) {
      expect(await party.client.error(REMOVE_REPLY, { input })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await party.client.error(REMOVE, { input })).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await moderator.client.ok<{ removePublicationReply: { reply: unknown } }>(REMOVE_REPLY, { input })).removePublicationReply.reply).toBeNull();
    expect(await moderator.client.error(REMOVE_REPLY, { input })).toMatchObject({ code: 'NOT_FOUND', reason: 'REPLY_NOT_FOUND' });

    const { removePublication } = await moderator.client.ok<{ removePublication: { status: string; endReason: string } }>(REMOVE, { input: { ...input, reason: 'Publiée par erreur.' } });
    expect(removePublication).toMatchObject({ status: 'REMOVED', endReason: 'Publiée par erreur.' });
    const { company } = await pipeline.api.client().ok<{ company: { publications: unknown[] } }>(PUBLIC_PUBLICATIONS, { siren: invoice.debtor.siren });
    expect(company.publications).toEqual([]);
    const [removed] = (await pipeline.db.query(`SELECT 1 FROM score_events WHERE publication_id = $1 AND kind = 'PUBLICATION_REMOVED'`, [requestPublication.id])) as unknown[];
    expect(removed).toBeDefined();
  });

  it('past the reliability threshold, needs two different moderators and weighs less in the score', async () => {
    const { creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    const secondModerator = await signUpPlatformUser(pipeline.api, 'MODERATOR');
    // Two requests overturned by moderation (rejected) reach the threshold of 2.
    for (const target of [invoice, (await invoiceAfterUltimatum(pipeline, clock, creditor)).invoice]) {
      clock.set(new Date('2026-04-15T09:00:00Z'));
      const { requestPublication } = await creditor.client.ok<{ requestPublication: { id: string } }>(REQUEST_PUBLICATION, {
        input: { invoiceId: target.id, statement: 'Impayé.', evidenceId: await evidenceId(pipeline.api, creditor) },
      });
      await moderator.client.ok(DECIDE_PUBLICATION, { input: { publicationId: requestPublication.id, approve: false, reason: 'Preuve insuffisante.' } });
    }
    const { invoice: third } = await invoiceAfterUltimatum(pipeline, clock, creditor);
    clock.set(new Date('2026-04-15T09:00:00Z'));
    const { requestPublication } = await creditor.client.ok<{ requestPublication: { id: string; approvalsRequired: number } }>(REQUEST_PUBLICATION, {
      input: { invoiceId: third.id, statement: 'Impayé, cette fois avec le bon de livraison.', evidenceId: await evidenceId(pipeline.api, creditor) },
    });
    expect(requestPublication.approvalsRequired).toBe(2);

    const first = await moderator.client.ok<{ decidePublication: { status: string; approvalsGiven: number; creditorReliability: { overturned: number; weight: number; needsSecondModerator: boolean } } }>(DECIDE_PUBLICATION, {
      input: { publicationId: requestPublication.id, approve: true, reason: 'Bon de livraison signé.' },
    });
    expect(first.decidePublication).toMatchObject({ status: 'REQUESTED', approvalsGiven: 1, creditorReliability: { overturned: 2, weight: 0.75, needsSecondModerator: true } });
    expect(await moderator.client.error(DECIDE_PUBLICATION, { input: { publicationId: requestPublication.id, approve: true, reason: 'Encore moi.' } })).toMatchObject({ code: 'CONFLICT', reason: 'SECOND_MODERATOR_REQUIRED' });
    const second = await secondModerator.client.ok<{ decidePublication: { status: string } }>(DECIDE_PUBLICATION, { input: { publicationId: requestPublication.id, approve: true, reason: 'Confirmé.' } });
    expect(second.decidePublication.status).toBe('APPROVED');
    const [event] = (await pipeline.db.query(`SELECT payload FROM score_events WHERE publication_id = $1 AND kind = 'PUBLICATION_APPROVED'`, [requestPublication.id])) as { payload: Record<string, unknown> }[];
    expect(event?.payload).toEqual({ creditorReliability: 0.75 });

    // Its other reports weigh less too: a new invoice's INVOICE_OPEN carries the same reliability.
    const fourth = await createInvoice(creditor.client);
    const [open] = (await pipeline.db.query(`SELECT payload FROM score_events WHERE invoice_id = $1 AND kind = 'INVOICE_OPEN'`, [fourth.id])) as { payload: Record<string, unknown> }[];
    expect(open?.payload).toMatchObject({ creditorReliability: 0.75 });
  });
});
