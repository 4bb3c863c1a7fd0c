import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { QUEUE } from '../../../api/src/common/queue-names.js';
import { NotificationSenderService } from '../../../api/src/modules/notifications/notification-sender.service.js';
import { SettledPublicationsService } from '../../../api/src/modules/publications/jobs/settled-publications.service.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { Pipeline, startPipeline } from '../reminders/support.js';
import { MY_COMPANY_SCORE } from '../scores/support.js';
import {
  DECIDE_PUBLICATION,
  evidenceId,
  invoiceAfterUltimatum,
  PUBLIC_PUBLICATIONS,
  PublicPublication,
  PUBLICATION_QUEUE,
  REPLY,
  REQUEST_PUBLICATION,
  WAIVE,
} from './support.js';

/**
 * The whole path over GraphQL with the worker and the provider stubs: invoice → scenario →
 * ultimatum sent → deadline passes → request → the debtor is told, claims its company, replies →
 * moderation waits for the answer period → approval → public profile and score → payment →
 * settled, then hidden; the score effect stays.
 */
describe('publication flow', () => {
  let pipeline: Pipeline;
  const clock = new FixedClock(new Date('2026-02-20T09:00:00Z'));

  beforeAll(async () => {
    pipeline = await startPipeline(clock, { PUBLICATION_ANSWER_DAYS: '5', SESSION_TTL_DAYS: '365' });
  });
  afterAll(async () => {
    for (const name of [QUEUE.reminderEmail, QUEUE.reminderSms, QUEUE.reminderDispatch]) {
      await pipeline?.worker.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch(() => undefined);
    }
    await pipeline?.close();
  });

  it('goes from an unpaid invoice to a moderated public listing, settled and hidden after payment', async () => {
    const { creditor, invoice, email } = await invoiceAfterUltimatum(pipeline, clock);
    const ultimatum = pipeline.sendgrid.to(email).find((mail) => mail.subject.startsWith('Mise en demeure'));
    expect(ultimatum?.text).toContain('pourra être publiée sur votre profil public Bonpayeur, après examen par notre équipe de modération');

    clock.set(new Date('2026-04-11T09:00:00Z'));
    const { requestPublication: requested } = await creditor.client.ok<{ requestPublication: { id: string; status: string; ultimatumDeadline: string; timeline: { tone: string; status: string }[]; answerUntil: string } }>(
      REQUEST_PUBLICATION,
      { input: { invoiceId: invoice.id, statement: 'Marchandise livrée le 1er février, bon de livraison signé.', evidenceId: await evidenceId(pipeline.api, creditor) } },
    );
    expect(requested).toMatchObject({ status: 'REQUESTED', ultimatumDeadline: '2026-04-10', answerUntil: '2026-04-16T09:00:00.000Z' });
    expect(requested.timeline.map((m) => [m.tone, m.status])).toContainEqual(['ULTIMATUM', 'SENT']);

    // The debtor's contact hears of it at once, through the outbox and the real provider.
    await pipeline.worker.get(NotificationSenderService).sendPending();
    const notice = pipeline.sendgrid.to(email).find((mail) => mail.subject.startsWith('Demande de publication'));
    expect(notice?.text).toContain(`/publications/${requested.id}`);

    // The debtor claims its company, is verified, and replies.
    const debtor = await signUpCreditor(pipeline.api, { companySiren: invoice.debtor.siren });
    await verifyCompany(pipeline.api, debtor);
    await debtor.client.ok(REPLY, { input: { publicationId: requested.id, text: 'Un avoir est en cours de négociation.' } });

    const moderator = await signUpPlatformUser(pipeline.api, 'MODERATOR');
    const queue = await moderator.client.ok<{ publicationQueue: { edges: { node: { id: string; readyForDecision: boolean; reply: { text: string } | null } }[] } }>(PUBLICATION_QUEUE);
    expect(queue.publicationQueue.edges.map((e) => e.node).find((n) => n.id === requested.id)).toMatchObject({ readyForDecision: false, reply: { text: 'Un avoir est en cours de négociation.' } });
    expect(await moderator.client.error(DECIDE_PUBLICATION, { input: { publicationId: requested.id, approve: true, reason: 'Dette établie.' } })).toMatchObject({ code: 'CONFLICT', reason: 'ANSWER_PERIOD_OPEN' });

    clock.set(new Date('2026-04-16T09:00:00Z'));
    const { decidePublication } = await moderator.client.ok<{ decidePublication: { status: string; decisionReason: string } }>(DECIDE_PUBLICATION, {
      input: { publicationId: requested.id, approve: true, reason: 'Dette certaine, mise en demeure reçue, pas de contestation.' },
    });
    expect(decidePublication.status).toBe('APPROVED');

    const shown = await pipeline.api.client().ok<{ company: { publications: PublicPublication[] } }>(PUBLIC_PUBLICATIONS, { siren: invoice.debtor.siren });
    expect(shown.company.publications).toEqual([
      { id: requested.id, status: 'APPROVED', amountCents: 123_456, dueDate: '2026-03-03', daysUnpaid: 44, settledAt: null, creditor: { siren: creditor.siren, name: expect.any(String) }, reply: { text: 'Un avoir est en cours de négociation.' } },
    ]);
    const scoreOf = async () =>
      (await debtor.client.ok<{ myCompanyScore: { contributions: { kind: string; effect: number }[] } }>(MY_COMPANY_SCORE, { siren: invoice.debtor.siren })).myCompanyScore.contributions.find((c) => c.kind === 'PUBLICATION')?.effect;
    const published = await scoreOf();
    expect(published).toBeLessThan(0);

    // Paid: settled at once, still shown as settled, hidden by the job a day later; the effect stays, halved.
    clock.set(new Date('2026-04-20T09:00:00Z'));
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-04-20' } });
    const settled = await pipeline.api.client().ok<{ company: { publications: PublicPublication[] } }>(PUBLIC_PUBLICATIONS, { siren: invoice.debtor.siren });
    expect(settled.company.publications).toEqual([expect.objectContaining({ id: requested.id, status: 'SETTLED', daysUnpaid: 48 })]);
    const hider = pipeline.worker.get(SettledPublicationsService);
    await hider.hideSettled();
    expect((await pipeline.api.client().ok<{ company: { publications: PublicPublication[] } }>(PUBLIC_PUBLICATIONS, { siren: invoice.debtor.siren })).company.publications).toHaveLength(1);
    clock.set(new Date('2026-04-21T09:30:00Z'));
    await hider.hideSettled();
    expect((await pipeline.api.client().ok<{ company: { publications: PublicPublication[] } }>(PUBLIC_PUBLICATIONS, { siren: invoice.debtor.siren })).company.publications).toEqual([]);
    const after = await scoreOf();
    expect(after).toBeLessThan(0);
    expect(after!).toBeGreaterThan(published!);
  });

  it('lets the debtor waive its answer period so moderation may decide at once', async () => {
    const { creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock);
    clock.set(new Date('2026-04-12T09:00:00Z'));
    const { requestPublication } = await creditor.client.ok<{ requestPublication: { id: string } }>(REQUEST_PUBLICATION, {
      input: { invoiceId: invoice.id, statement: 'Impayé.', evidenceId: await evidenceId(pipeline.api, creditor) },
    });
    const debtor = await signUpCreditor(pipeline.api, { companySiren: invoice.debtor.siren });
    const moderator = await signUpPlatformUser(pipeline.api, 'MODERATOR');
    expect(await debtor.client.error(WAIVE, { input: { publicationId: requestPublication.id } })).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_VERIFIED_MEMBER' });
    await verifyCompany(pipeline.api, debtor);
    await debtor.client.ok(WAIVE, { input: { publicationId: requestPublication.id } });
    const { decidePublication } = await moderator.client.ok<{ decidePublication: { status: string } }>(DECIDE_PUBLICATION, {
      input: { publicationId: requestPublication.id, approve: false, reason: 'Le bon de livraison manque.' },
    });
    expect(decidePublication.status).toBe('REJECTED');
  });
});
