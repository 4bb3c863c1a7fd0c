import { describe, expect, it } from 'vitest';
import { NotificationSenderService } from '../../../api/src/modules/notifications/notification-sender.service.js';
import { SendgridEmailSender } from '../../../api/src/providers/email/sendgrid.email-sender.js';
import { inviteMember } from '../../support/factories/accounts.js';
import { testConfig } from '../../support/test-config.js';
import { DECLARE, DISPUTE, PROPOSE } from './operations.js';
import { linkFromSentMail, pipelineInWindow } from './support.js';

const REQUESTS_PAGE = 'http://localhost:5173/espace/demandes';

/**
 * The creditor hears of what its debtor asked on the signed page (issue 5): a notice per member who
 * may settle invoices, written through the notification outbox in the request's own transaction,
 * then sent by the worker through SendGrid's SDK to the stub. On a database of this file's own, so
 * no other file's outbox drain takes these notices (nor this file's theirs).
 */
describe('telling the creditor what its debtor asked', () => {
  const stack = pipelineInWindow();
  const { clock } = stack;

  async function creditorTeam() {
    const link = await linkFromSentMail(stack.pipeline);
    const accountant = await inviteMember(stack.pipeline.api, link.creditor, 'ACCOUNTING');
    const sales = await inviteMember(stack.pipeline.api, link.creditor, 'SALES');
    return { ...link, settlers: [link.creditor.email, accountant.email].sort(), sales: sales.email };
  }
  async function notices(subjectId: string): Promise<{ kind: string; to_address: string; status: string }[]> {
    return (await stack.pipeline.db.query(`SELECT kind, to_address, status FROM notification_emails WHERE subject_id = $1 ORDER BY to_address`, [subjectId])) as {
      kind: string;
      to_address: string;
      status: string;
    }[];
  }
  const drain = () => stack.pipeline.worker.get(NotificationSenderService).sendPending();

  it('writes a notice to each member who may settle invoices when the debtor declares a payment, kept while no provider is configured, then sent once', async () => {
    const { invoice, token, debtor, settlers, sales } = await creditorTeam();
    clock.set(new Date('2035-03-05T10:00:00Z'));
    const { declarePayment } = await debtor.ok<{ declarePayment: { id: string } }>(DECLARE, { input: { token, paidOn: '2035-03-02', note: 'Virement réf. 8812' } });
    expect(await notices(declarePayment.id)).toEqual(settlers.map((to) => ({ kind: 'DEBTOR_PAYMENT_DECLARED', to_address: to, status: 'PENDING' })));

    // A worker without SendGrid credentials keeps them in the outbox.
    const unconfigured = new NotificationSenderService(stack.pipeline.db, new SendgridEmailSender(testConfig().reminders), clock);
    expect(await unconfigured.sendPending()).toBe(0);
    expect((await notices(declarePayment.id)).map((n) => n.status)).toEqual(['NOT_CONFIGURED', 'NOT_CONFIGURED']);
    expect(settlers.flatMap((to) => stack.pipeline.sendgrid.to(to))).toEqual([]);

    await drain();
    await drain();
    for (const to of settlers) {
      const mails = stack.pipeline.sendgrid.to(to);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe(`Paiement déclaré – facture ${invoice.number} (${invoice.debtor.name})`);
      expect(mails[0]!.text).toContain(`${invoice.debtor.name} déclare avoir payé le 02/03/2035 la facture ${invoice.number} de 1 234,56 €.`);
      expect(mails[0]!.text).toContain('Son message : « Virement réf. 8812 »');
      expect(mails[0]!.text).toContain('Les relances de cette facture sont en pause');
      expect(mails[0]!.text).toContain(REQUESTS_PAGE);
    }
    expect(stack.pipeline.sendgrid.to(sales)).toEqual([]);
    expect((await notices(declarePayment.id)).map((n) => n.status)).toEqual(['SENT', 'SENT']);
  });

  it('lists the proposed instalments in the notice of a payment plan', async () => {
    const { invoice, token, debtor, settlers } = await creditorTeam();
    clock.set(new Date('2035-03-05T10:00:00Z'));
    const { proposePaymentPlan: plan } = await debtor.ok<{ proposePaymentPlan: { id: string } }>(PROPOSE, {
      input: { token, instalments: [{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }] },
    });
    expect((await notices(plan.id)).map((n) => [n.kind, n.to_address])).toEqual(settlers.map((to) => ['DEBTOR_PAYMENT_PLAN_PROPOSED', to]));
    await drain();
    const [mail] = stack.pipeline.sendgrid.to(settlers[0]!);
    expect(mail!.subject).toBe(`Échéancier proposé – facture ${invoice.number} (${invoice.debtor.name})`);
    expect(mail!.text).toContain(`propose de régler la facture ${invoice.number} de 1 234,56 € en 2 fois :\n- échéance 1 : 617,28 € le 31/03/2035\n- échéance 2 : 617,28 € le 30/04/2035`);
    expect(mail!.text).toContain(REQUESTS_PAGE);
  });

  it('tells of a dispute through the link with its reason and the invoice’s page', async () => {
    const { invoice, token, debtor, settlers } = await creditorTeam();
    const { disputeInvoiceViaLink: dispute } = await debtor.ok<{ disputeInvoiceViaLink: { id: string } }>(DISPUTE, { input: { token, reason: 'Marchandise jamais reçue.' } });
    expect((await notices(dispute.id)).map((n) => [n.kind, n.to_address])).toEqual(settlers.map((to) => ['INVOICE_DISPUTE_OPENED', to]));
    await drain();
    const [mail] = stack.pipeline.sendgrid.to(settlers[1]!);
    expect(mail!.subject).toBe(`Facture contestée – ${invoice.number} (${invoice.debtor.name})`);
    expect(mail!.text).toContain('conteste depuis la page de la facture reçue dans vos relances');
    expect(mail!.text).toContain('Son motif : « Marchandise jamais reçue. »');
    expect(mail!.text).toContain(`http://localhost:5173/espace/factures/${invoice.id}`);
  });

  it('writes no notice for a request the page refuses', async () => {
    const { token, debtor, settlers } = await creditorTeam();
    clock.set(new Date('2035-03-05T10:00:00Z'));
    await debtor.ok(DECLARE, { input: { token, paidOn: '2035-03-04' } });
    const before = (await stack.pipeline.db.query(`SELECT count(*)::int AS n FROM notification_emails WHERE to_address = $1`, [settlers[0]])) as [{ n: number }];
    expect(await debtor.error(PROPOSE, { input: { token, instalments: [{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }] } })).toMatchObject({
      code: 'CONFLICT',
      reason: 'REQUEST_PENDING',
    });
    const after = (await stack.pipeline.db.query(`SELECT count(*)::int AS n FROM notification_emails WHERE to_address = $1`, [settlers[0]])) as [{ n: number }];
    expect(after[0].n).toBe(before[0].n);
  });
});
