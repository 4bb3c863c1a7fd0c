import { describe, expect, it } from 'vitest';
import { signLinkToken } from '../../../api/src/modules/debtor-link/domain/link-token.js';
import { INVOICE } from '../../support/factories/invoices.js';
import { creditorWithInvoice } from '../reminders/support.js';
import { ACCEPT, CONFIRM, DECLARE, DECLINE, DISPUTE, EVENTS, PAGE, PROPOSE, REJECT, REQUESTS, SETTINGS } from './operations.js';
import { advanceInvoiceTo, LINK, linkFromSentMail as sharedLinkFromSentMail, messageStatuses, pipelineInWindow, runOf } from './support.js';

/**
 * The page behind every reminder, through the real pipeline: the link is read from a mail the
 * worker really sent through SendGrid's SDK to the stub, then used anonymously (no session).
 */
describe('the debtor page behind every reminder', () => {
  const stack = pipelineInWindow();
  const { clock } = stack;

  const linkFromSentMail = () => sharedLinkFromSentMail(stack.pipeline);

  it('shows the invoice, how to pay and the score effect of paying now, to anyone holding the link', async () => {
    const { creditor, invoice, token, debtor } = await linkFromSentMail();
    await creditor.client.ok(SETTINGS, { input: { paymentUrl: 'https://paiement.example.fr/f/123', paymentInstructions: 'Virement : IBAN FR76 3000 6000 0112 3456 7890 189' } });
    clock.set(new Date('2035-03-08T10:00:00Z'));
    const { debtorInvoicePage: page } = await debtor.ok<{ debtorInvoicePage: Record<string, unknown> }>(PAGE, { token });
    expect(page).toMatchObject({
      debtorName: invoice.debtor.name,
      invoiceNumber: invoice.number,
      amountCents: 123_456,
      currency: 'EUR',
      dueDate: '2035-03-03',
      daysLate: 5,
      status: 'OPEN',
      paymentUrl: 'https://paiement.example.fr/f/123',
      paymentInstructions: 'Virement : IBAN FR76 3000 6000 0112 3456 7890 189',
      pendingDeclaration: null,
      proposedPlan: null,
      openDisputeReason: null,
      // Valid 60 days from the send instant (DEBTOR_LINK_TTL_DAYS).
      linkExpiresAt: '2035-04-25T08:00:00.000Z',
    });
    expect(page.currentScore).toEqual(expect.any(Number));
    expect(page.scoreGainIfPaidToday as number).toBeGreaterThan(0);
  });

  it('refuses an expired, a forged and a tampered link with a clear code, and changes nothing', async () => {
    const { invoice, token, debtor } = await linkFromSentMail();
    const forged = signLinkToken(invoice.id, new Date('2036-01-01T00:00:00Z'), 'someone-elses-secret-of-32-characters-or-more');
    const tampered = token.slice(0, 10) + (token[10] === 'x' ? 'y' : 'x') + token.slice(11);
    for (const bad of [forged, tampered, 'not-a-token']) {
      expect(await debtor.error(PAGE, { token: bad })).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_INVALID' });
      expect(await debtor.error(DECLARE, { input: { token: bad, paidOn: '2035-02-24' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_INVALID' });
    }
    clock.set(new Date('2035-04-25T08:00:00Z'));
    const expired = await debtor.error(DECLARE, { input: { token, paidOn: '2035-02-24' } });
    expect(expired).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_EXPIRED' });
    expect(expired.message).toMatch(/expiré/);
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'ACTIVE' });
  });

  it('pauses reminders on "I have paid"; the creditor confirms and the invoice is paid at the declared date', async () => {
    const { creditor, invoice, email, token, debtor } = await linkFromSentMail();
    clock.set(new Date('2035-03-05T10:00:00Z'));
    expect(await debtor.error(DECLARE, { input: { token, paidOn: '2035-03-06' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYMENT_DATE_INVALID' });
    const { declarePayment } = await debtor.ok<{ declarePayment: { id: string; status: string; paidOn: string } }>(DECLARE, { input: { token, paidOn: '2035-03-02', note: 'Virement réf. 8812' } });
    expect(declarePayment).toMatchObject({ invoiceId: invoice.id, paidOn: '2035-03-02', note: 'Virement réf. 8812', status: 'PENDING' });
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'PAUSED', paused_reason: 'PAYMENT_DECLARED' });
    expect(await debtor.error(PROPOSE, { input: { token, instalments: [{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }] } })).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_PENDING' });
    const { debtorRequests } = await creditor.client.ok<{ debtorRequests: { declaredPayments: { id: string }[] } }>(REQUESTS);
    expect(debtorRequests.declaredPayments.map((d) => d.id)).toEqual([declarePayment.id]);

    // Nothing leaves while the creditor checks its bank.
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-10T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email)).toHaveLength(1);

    expect((await creditor.client.ok<{ confirmDeclaredPayment: { status: string } }>(CONFIRM, { input: { declarationId: declarePayment.id } })).confirmDeclaredPayment.status).toBe('CONFIRMED');
    expect(await creditor.client.error(CONFIRM, { input: { declarationId: declarePayment.id } })).toMatchObject({ code: 'CONFLICT', reason: 'DECLARATION_NOT_PENDING' });
    expect((await creditor.client.ok<{ invoice: { status: string; paidAt: string } }>(INVOICE, { id: invoice.id })).invoice).toMatchObject({ status: 'PAID', paidAt: '2035-03-02' });
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'COMPLETED', end_reason: 'INVOICE_PAID' });
    const scored = (await stack.pipeline.db.query(`SELECT occurred_on::text AS paid_on FROM score_events WHERE invoice_id = $1 AND kind = 'INVOICE_PAID'`, [invoice.id])) as { paid_on: string }[];
    expect(scored).toEqual([{ paid_on: '2035-03-02' }]);
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-10T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email).at(-1)!.subject).toMatch(/merci/i);

    const { invoiceTimeline } = await creditor.client.ok<{ invoiceTimeline: { events: { kind: string; actor: string }[] } }>(EVENTS, { invoiceId: invoice.id });
    expect(invoiceTimeline.events.map((e) => `${e.kind}:${e.actor}`)).toEqual(['PAYMENT_DECLARED:DEBTOR_LINK', 'DECLARED_PAYMENT_CONFIRMED:CREDITOR']);
    expect((await debtor.ok<{ debtorInvoicePage: { status: string } }>(PAGE, { token })).debtorInvoicePage.status).toBe('PAID');
    expect(await debtor.error(DECLARE, { input: { token, paidOn: '2035-03-02' } })).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_OPEN' });
  });

  it('resumes reminders from today when the creditor has not received the declared payment', async () => {
    const { creditor, invoice, email, token, debtor } = await linkFromSentMail();
    clock.set(new Date('2035-03-05T10:00:00Z'));
    const { declarePayment } = await debtor.ok<{ declarePayment: { id: string } }>(DECLARE, { input: { token, paidOn: '2035-03-04' } });
    const other = await creditorWithInvoice(stack.pipeline.api);
    expect(await other.creditor.client.error(REJECT, { input: { declarationId: declarePayment.id } })).toMatchObject({ code: 'NOT_FOUND', reason: 'DECLARATION_NOT_FOUND' });
    await creditor.client.ok(REJECT, { input: { declarationId: declarePayment.id, reason: 'Rien reçu sur le compte.' } });
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'ACTIVE', paused_reason: null });
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-10T08:00:00Z');
    expect(stack.pipeline.sendgrid.to(email)).toHaveLength(2);
  });

  it('replaces the scenario with instalment reminders when the creditor accepts the proposed plan', async () => {
    const { creditor, invoice, email, token, debtor } = await linkFromSentMail();
    clock.set(new Date('2035-03-05T10:00:00Z'));
    const bad = await debtor.error(PROPOSE, { input: { token, instalments: [{ dueDate: '2035-03-31', amountCents: 60_000 }, { dueDate: '2035-04-30', amountCents: 60_000 }] } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYMENT_PLAN_INVALID' });
    expect(bad.message).toContain('1 234,56 €');
    const { proposePaymentPlan: plan } = await debtor.ok<{ proposePaymentPlan: { id: string; status: string } }>(PROPOSE, {
      input: { token, instalments: [{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }] },
    });
    expect(plan.status).toBe('PROPOSED');
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'PAUSED', paused_reason: 'PAYMENT_PLAN_PROPOSED' });

    await creditor.client.ok(ACCEPT, { input: { planId: plan.id } });
    const run = await runOf(stack.pipeline, invoice.id);
    expect(run).toMatchObject({ status: 'ACTIVE' });
    const live = (await messageStatuses(stack.pipeline, invoice.id)).filter((m) => m.status === 'SCHEDULED');
    expect(live.map((m) => [m.tone, m.scheduledAt.toISOString()])).toEqual([
      ['GOOD', '2035-03-31T07:00:00.000Z'],
      ['GOOD', '2035-04-30T07:00:00.000Z'],
    ]);
    await advanceInvoiceTo(stack.pipeline, invoice.id, '2035-03-31T07:00:00Z');
    const mail = stack.pipeline.sendgrid.to(email).at(-1)!;
    expect(mail.subject).toBe(`Facture ${invoice.number} : échéance 1/2 de 617,28 € (31/03/2035)`);
    expect(mail.text).toMatch(LINK);
    expect(stack.pipeline.sendgrid.to(email)).toHaveLength(2);
  });

  it('resumes the scenario when the creditor declines the plan', async () => {
    const { creditor, invoice, token, debtor } = await linkFromSentMail();
    clock.set(new Date('2035-03-05T10:00:00Z'));
    const { proposePaymentPlan: plan } = await debtor.ok<{ proposePaymentPlan: { id: string } }>(PROPOSE, {
      input: { token, instalments: [{ dueDate: '2035-03-31', amountCents: 100_000 }, { dueDate: '2035-04-30', amountCents: 23_456 }] },
    });
    await creditor.client.ok(DECLINE, { input: { planId: plan.id, reason: 'Trop long.' } });
    expect(await creditor.client.error(ACCEPT, { input: { planId: plan.id } })).toMatchObject({ code: 'CONFLICT', reason: 'PAYMENT_PLAN_NOT_PROPOSED' });
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'ACTIVE' });
  });

  it('lets the debtor dispute from the page: the invoice is disputed, reminders pause, the audit log names the signed link', async () => {
    const { creditor, invoice, token, debtor } = await linkFromSentMail();
    const { disputeInvoiceViaLink } = await debtor.ok<{ disputeInvoiceViaLink: { id: string; openedVia: string } }>(DISPUTE, { input: { token, reason: 'Marchandise jamais reçue.' } });
    expect(disputeInvoiceViaLink.openedVia).toBe('DEBTOR_LINK');
    expect((await creditor.client.ok<{ invoice: { status: string } }>(INVOICE, { id: invoice.id })).invoice.status).toBe('DISPUTED');
    expect(await runOf(stack.pipeline, invoice.id)).toMatchObject({ status: 'PAUSED', paused_reason: 'DISPUTE' });
    expect((await debtor.ok<{ debtorInvoicePage: { openDisputeReason: string } }>(PAGE, { token })).debtorInvoicePage.openDisputeReason).toBe('Marchandise jamais reçue.');
    const [audit] = (await stack.pipeline.db.query(`SELECT action, actor_user_id, actor_label FROM audit_log WHERE subject_id = $1`, [disputeInvoiceViaLink.id])) as { action: string; actor_user_id: null; actor_label: string }[];
    expect(audit).toEqual({ action: 'INVOICE_DISPUTED', actor_user_id: null, actor_label: 'système: lien débiteur signé' });
  });
});
