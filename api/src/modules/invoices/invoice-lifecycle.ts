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

/** The due date of an OPEN invoice moved (changeInvoiceDueDate). */
export interface InvoiceDueDateChanged {
  invoiceId: string;
  creditorSiren: string;
  previousDueDate: CalendarDate;
  dueDate: CalendarDate;
}

export type DueDateListener = (manager: EntityManager, event: InvoiceDueDateChanged) => Promise<void>;

/** An invoice just written (by createInvoice or an import batch), still OPEN. */
export interface InvoiceCreated {
  invoiceId: string;
  creditorSiren: string;
  debtorSiren: string;
  amountCents: number;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
}

/** Takes a batch: an import writes IMPORT_BATCH_SIZE invoices per call, all in one transaction. */
export type InvoicesCreatedListener = (manager: EntityManager, invoices: readonly InvoiceCreated[]) => Promise<void>;

/**
 * Where the score and reminders features plug in: their listeners run inside the transaction that
 * creates, marks paid or cancels an invoice, so their rows (score event, cancelled messages, THANKS
 * message) commit or roll back with it.
 */
@Injectable()
export class InvoiceLifecycle {
  private readonly createdListeners: InvoicesCreatedListener[] = [];
  private readonly paidListeners: InvoiceListener[] = [];
  private readonly cancelledListeners: InvoiceListener[] = [];
  private readonly dueDateListeners: DueDateListener[] = [];

  /** Register from a module's onModuleInit. */
  onCreated(listener: InvoicesCreatedListener): void {
    this.createdListeners.push(listener);
  }

  onPaid(listener: InvoiceListener): void {
    this.paidListeners.push(listener);
  }

  onCancelled(listener: InvoiceListener): void {
    this.cancelledListeners.push(listener);
  }

  onDueDateChanged(listener: DueDateListener): void {
    this.dueDateListeners.push(listener);
  }

  async dueDateChangedWithin(manager: EntityManager, event: InvoiceDueDateChanged): Promise<void> {
    for (const listener of this.dueDateListeners) await listener(manager, event);
  }

  async createdWithin(manager: EntityManager, invoices: readonly InvoiceCreated[]): Promise<void> {
    if (invoices.length === 0) return;
    for (const listener of this.createdListeners) await listener(manager, invoices);
  }

  async paidWithin(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    for (const listener of this.paidListeners) await listener(manager, event);
  }

  async cancelledWithin(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    for (const listener of this.cancelledListeners) await listener(manager, event);
  }
}
