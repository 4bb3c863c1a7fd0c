import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { InvoiceLifecycle, InvoiceSettled } from '../invoices/invoice-lifecycle.js';
import { ScoreEventsRecorder } from '../scores/score-events.recorder.js';
import { PublicationRow } from './publication-reads.js';
import { PublicationsService } from './publications.service.js';

/**
 * Follows the invoice inside its own transaction: paid → an approved publication is SETTLED at
 * once (PUBLICATION_SETTLED halves its effect, which keeps decaying) and a pending request ends;
 * cancelled → the creditor gave up the debt, so whatever is open is withdrawn.
 */
@Injectable()
export class PublicationInvoiceListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: InvoiceLifecycle,
    private readonly publications: PublicationsService,
    private readonly recorder: ScoreEventsRecorder,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onPaid((manager, event) => this.closed(manager, event, 'INVOICE_PAID'));
    this.lifecycle.onCancelled((manager, event) => this.closed(manager, event, 'INVOICE_CANCELLED'));
  }

  private async closed(manager: EntityManager, event: InvoiceSettled, why: 'INVOICE_PAID' | 'INVOICE_CANCELLED'): Promise<void> {
    const open = (await manager.query(`SELECT id FROM publications WHERE invoice_id = $1 AND status IN ('REQUESTED', 'APPROVED')`, [event.invoiceId])) as { id: string }[];
    for (const { id } of open) {
      const publication = await this.publications.lock(manager, id);
      const actor = { kind: 'SYSTEM' as const, label: why === 'INVOICE_PAID' ? 'facture payée' : 'facture annulée' };
      if (why === 'INVOICE_PAID' && publication.status === 'APPROVED') {
        await this.publications.transition(manager, publication, 'INVOICE_CLOSED', actor, why, 'PUBLICATION_SETTLED');
        await this.recorder.record(manager, { companySiren: publication.debtor_siren, kind: 'PUBLICATION_SETTLED', date: settledOn(publication, event), publicationId: publication.id });
      } else {
        await this.publications.transition(manager, publication, why === 'INVOICE_PAID' ? 'INVOICE_CLOSED' : 'WITHDRAW', actor, why, 'PUBLICATION_CLOSED');
      }
    }
  }
}

/** The real payment day, but never before the approval (a settlement cannot precede what it settles). */
function settledOn(publication: PublicationRow, event: InvoiceSettled): string {
  const approvedOn = parisDate(publication.approved_at!);
  const paid = event.paidAt ?? approvedOn;
  return paid > approvedOn ? paid : approvedOn;
}
