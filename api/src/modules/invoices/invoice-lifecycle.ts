import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarDate } from './domain/calendar-date.js';

/** What happened to an invoice, as the features that react to it need to know. */
export interface InvoiceSettled {
  invoiceId: string;
  creditorSiren: string;
  debtorSiren: string;
  amountCents: number;
  dueDate: CalendarDate;
  /** Set for a payment: the real (possibly retroactive) payment date. */
  paidAt: CalendarDate | null;
}

export type InvoiceListener = (manager: EntityManager, event: InvoiceSettled) => Promise<void>;

/**
 * Where the score and reminders features plug in: their listeners run inside the transaction that
 * marks an invoice paid or cancelled, so their rows (score event, cancelled messages, THANKS
 * message) commit or roll back with it. Nothing is registered yet: until those features
 * exist, a payment or a cancellation only changes the invoice.
 */
@Injectable()
export class InvoiceLifecycle {
  private readonly paidListeners: InvoiceListener[] = [];
  private readonly cancelledListeners: InvoiceListener[] = [];

  /** Register from a module's onModuleInit. */
  onPaid(listener: InvoiceListener): void {
    this.paidListeners.push(listener);
  }

  onCancelled(listener: InvoiceListener): void {
    this.cancelledListeners.push(listener);
  }

  async paidWithin(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    for (const listener of this.paidListeners) await listener(manager, event);
  }

  async cancelledWithin(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    for (const listener of this.cancelledListeners) await listener(manager, event);
  }
}
