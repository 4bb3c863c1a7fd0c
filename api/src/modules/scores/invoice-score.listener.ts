import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { InvoiceCreated, InvoiceLifecycle, InvoiceSettled } from '../invoices/invoice-lifecycle.js';
import { CREDITOR_WEIGHTS, CreditorWeights } from './creditor-weights.port.js';
import { GOOD_REMINDER_HISTORY, GoodReminderHistory } from './good-reminder-history.port.js';
import { ScoreEventsRecorder } from './score-events.recorder.js';

/** Turns invoice facts into score events, inside the invoice's own transaction. The creditor is its SIREN. */
@Injectable()
export class InvoiceScoreListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: InvoiceLifecycle,
    private readonly recorder: ScoreEventsRecorder,
    private readonly clock: Clock,
    @Optional() @Inject(GOOD_REMINDER_HISTORY) private readonly reminders?: GoodReminderHistory,
    @Optional() @Inject(CREDITOR_WEIGHTS) private readonly weights?: CreditorWeights,
  ) {}

  /** The creditor's reliability as the engine reads it: absent when it weighs fully. */
  private async reliabilities(manager: EntityManager, creditorSirens: readonly string[]): Promise<(siren: string) => { creditorReliability?: number }> {
    const weights = (await this.weights?.weightsOf(manager, creditorSirens)) ?? new Map<string, number>();
    return (siren) => {
      const weight = weights.get(siren);
      return weight === undefined ? {} : { creditorReliability: weight };
    };
  }

  onModuleInit(): void {
    this.lifecycle.onCreated((manager, invoices) => this.created(manager, invoices));
    this.lifecycle.onPaid((manager, event) => this.paid(manager, event));
    this.lifecycle.onCancelled((manager, event) => this.cancelled(manager, event));
  }

  /** Known from its issue date: an invoice that is already overdue when reported counts as such at once. */
  private async created(manager: EntityManager, invoices: readonly InvoiceCreated[]): Promise<void> {
    const reliabilityOf = await this.reliabilities(manager, invoices.map((invoice) => invoice.creditorSiren));
    await this.recorder.recordMany(
      manager,
      invoices.map((invoice) => ({
        companySiren: invoice.debtorSiren,
        kind: 'INVOICE_OPEN' as const,
        date: invoice.issueDate,
        invoiceId: invoice.invoiceId,
        creditorId: invoice.creditorSiren,
        amountCents: invoice.amountCents,
        dueDate: invoice.dueDate,
        ...reliabilityOf(invoice.creditorSiren),
      })),
    );
  }

  /** Dated at the real payment date, so a payment recorded late rewrites the history from that day. */
  private async paid(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    if (event.paidAt === null) throw new Error(`Invoice ${event.invoiceId} reported paid without a payment date`);
    const goodReminderBefore = (await this.reminders?.hadGoodReminderBefore(manager, event.invoiceId, event.paidAt)) ?? false;
    await this.recorder.record(manager, {
      companySiren: event.debtorSiren,
      kind: 'INVOICE_PAID',
      date: event.paidAt,
      invoiceId: event.invoiceId,
      creditorId: event.creditorSiren,
      amountCents: event.amountCents,
      dueDate: event.dueDate,
      goodReminderBefore,
      ...(await this.reliabilities(manager, [event.creditorSiren]))(event.creditorSiren),
    });
  }

  private cancelled(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    return this.recorder.record(manager, {
      companySiren: event.debtorSiren,
      kind: 'INVOICE_CANCELLED',
      date: parisDate(this.clock.now()),
      invoiceId: event.invoiceId,
    });
  }
}
