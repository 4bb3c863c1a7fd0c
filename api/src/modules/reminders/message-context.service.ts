import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeScoreValue, type ScoreEvent } from '@bonpayeur/scoring';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { debtorLinkUrl, signLinkToken } from '../debtor-link/domain/link-token.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { SCORE_EVENT_COLUMNS, ScoreEventRow, toScoreEvent } from '../scores/domain/score-event-row.js';
import { scoreEffectsOfSteps } from './domain/score-effect.js';
import { RenderContext } from './domain/template.js';
import { InvoiceContextRow, renderContextOf, RenderExtras } from './invoice-context.js';

const SCORE_VARIABLE = /\{\{\s*(currentScore|scoreGain)\s*\}\}/;

/**
 * Everything a message is rendered from, at the instant it is rendered (sent, previewed or shown
 * for approval): the invoice, the signed link to the debtor's page (valid DEBTOR_LINK_TTL_DAYS from
 * that instant) and the debtor's score figures from the engine over its recorded events.
 */
@Injectable()
export class MessageContextService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `at`: when the message leaves; `tone`: a GOOD message counts as the reminder the engine's bonus needs. */
  async contextFor(invoice: InvoiceContextRow, at: Date, deadlineDays: number | null, tone: string, manager: EntityManager = this.dataSource.manager): Promise<RenderContext> {
    return renderContextOf(invoice, parisDate(at), deadlineDays, { paymentLink: this.paymentLink(invoice.id, at), ...(await this.scoreFigures(invoice, at, tone, manager)) });
  }

  /**
   * Contexts for a batch of messages (the sender renders many at once): the score figures are read
   * only for messages whose templates use them, with one query per batch for the debtors' events and
   * one for the invoices' GOOD reminders already sent. A template that does not mention
   * {{currentScore}} / {{scoreGain}} never reads them, so 0 stands in there unseen.
   */
  async contextsFor(items: readonly { key: string; invoice: InvoiceContextRow; at: Date; deadlineDays: number | null; tone: string; templates: readonly string[] }[]): Promise<Map<string, RenderContext>> {
    const scored = items.filter((item) => item.templates.some((template) => SCORE_VARIABLE.test(template)));
    const figures = new Map<string, Omit<RenderExtras, 'paymentLink'>>();
    if (scored.length > 0) {
      const invoiceIds = [...new Set(scored.map((item) => item.invoice.id))];
      const rows = (await this.dataSource.query(
        `SELECT ${SCORE_EVENT_COLUMNS.split(',').map((column) => `e.${column.trim()}`).join(', ')}, i.id AS for_invoice
           FROM invoices i JOIN score_events e ON e.company_siren = i.debtor_siren
          WHERE i.id = ANY($1::uuid[]) ORDER BY e.occurred_on, e.id`,
        [invoiceIds],
      )) as (ScoreEventRow & { for_invoice: string })[];
      const goods = (await this.dataSource.query(
        `SELECT invoice_id, min(sent_at) AS good_sent_on FROM reminder_messages WHERE invoice_id = ANY($1::uuid[]) AND tone = 'GOOD' AND status IN ('SENT', 'DELIVERED') GROUP BY invoice_id`,
        [invoiceIds],
      )) as { invoice_id: string; good_sent_on: Date }[];
      for (const item of scored) {
        const events = rows.filter((row) => row.for_invoice === item.invoice.id).map(toScoreEvent);
        const goodSentOn = goods.find((good) => good.invoice_id === item.invoice.id)?.good_sent_on ?? null;
        figures.set(item.key, this.figuresOf(events, item.invoice, item.at, item.tone, goodSentOn));
      }
    }
    // A batch is rendered at one instant: its Paris date once, not per message.
    const sendDates = new Map<number, string>();
    const sendDateOf = (at: Date) => sendDates.get(at.getTime()) ?? sendDates.set(at.getTime(), parisDate(at)).get(at.getTime())!;
    return new Map(
      items.map((item) => [
        item.key,
        renderContextOf(item.invoice, sendDateOf(item.at), item.deadlineDays, { paymentLink: this.paymentLink(item.invoice.id, item.at), ...(figures.get(item.key) ?? { currentScore: 0, scoreGain: 0 }) }),
      ]),
    );
  }

  /** The signed address of the invoice's debtor page, for a message rendered at `at`. */
  paymentLink(invoiceId: string, at: Date): string {
    const expiresAt = new Date(at.getTime() + this.config.debtorLink.ttlDays * 86_400_000);
    return debtorLinkUrl(this.config.publicWebUrl, signLinkToken(invoiceId, expiresAt, this.config.debtorLink.secret));
  }

  /** {{currentScore}} and {{scoreGain}} for a message (or the debtor's page) at `at`. */
  async scoreFigures(invoice: Pick<InvoiceContextRow, 'id' | 'due_date'>, at: Date, tone: string, manager: EntityManager = this.dataSource.manager): Promise<Omit<RenderExtras, 'paymentLink'>> {
    const rows: ScoreEventRow[] = await manager.query(
      `SELECT ${SCORE_EVENT_COLUMNS} FROM score_events WHERE company_siren = (SELECT debtor_siren FROM invoices WHERE id = $1) ORDER BY occurred_on, id`,
      [invoice.id],
    );
    const [{ good_sent_on: goodSentOn }] = (await manager.query(
      `SELECT min(sent_at) AS good_sent_on FROM reminder_messages WHERE invoice_id = $1 AND tone = 'GOOD' AND status IN ('SENT', 'DELIVERED')`,
      [invoice.id],
    )) as [{ good_sent_on: Date | null }];
    return this.figuresOf(rows.map(toScoreEvent), invoice, at, tone, goodSentOn);
  }

  private figuresOf(events: ScoreEvent[], invoice: Pick<InvoiceContextRow, 'id' | 'due_date'>, at: Date, tone: string, goodSentOn: Date | null): Omit<RenderExtras, 'paymentLink'> {
    const sendDate = parisDate(at);
    const today = parisDate(this.clock.now());
    const firstGood = [goodSentOn ? parisDate(goodSentOn) : null, tone === 'GOOD' ? sendDate : null].filter((d): d is string => d !== null).sort()[0] ?? null;
    const [effect] = scoreEffectsOfSteps(
      events,
      today,
      { id: invoice.id, dueDate: invoice.due_date, goodReminderByDueDate: firstGood !== null && firstGood <= invoice.due_date },
      [{ sendDate, goodReminderBefore: firstGood !== null && firstGood <= sendDate }],
    );
    const evaluatedOn = [today, sendDate].sort().at(-1)!;
    return {
      // Without the invoice in the engine's view (not recorded yet), the score as it stands and no claimed gain.
      currentScore: effect?.scoreIfUnpaid ?? computeScoreValue(events, evaluatedOn),
      scoreGain: effect?.gainIfPaidAtStep ?? 0,
    };
  }
}
