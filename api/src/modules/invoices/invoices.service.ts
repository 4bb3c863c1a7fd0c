import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { CommonException, CommonExceptionCode } from '../../common/errors/common.exception.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { CompaniesService } from '../companies/companies.service.js';
import { parseSiren } from '../companies/domain/siren.js';
import { CalendarDate, parisDate, parseIsoDate } from './domain/calendar-date.js';
import { checkCancellation, checkDueDateChange, checkPayment } from './domain/settlement.js';
import { recordInvoiceEvent } from './invoice-events.js';
import { InvoiceDraft, validateInvoice } from './domain/validate-invoice.js';
import { contactKey, saveContacts } from './contacts-writer.js';
import { InvoiceConnectionObject } from './dtos/invoice-connection.object.js';
import { InvoiceObject } from './dtos/invoice.object.js';
import { InvoiceFilterInput } from './dtos/invoices.args.js';
import { InvoiceLifecycle } from './invoice-lifecycle.js';
import { INVOICE_SELECT, InvoiceRow, toInvoiceObject } from './invoice-row.js';
import { InvoicesException, InvoicesExceptionCode } from './invoices.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/** Every method takes the creditor's SIREN: rows of another creditor are invisible, as if absent. */
@Injectable()
export class InvoicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly lifecycle: InvoiceLifecycle,
    private readonly clock: Clock,
  ) {}

  today(): CalendarDate {
    return parisDate(this.clock.now());
  }

  /** Ordered by due date then id, keyset-paginated; one query for the page, one for its debtors. */
  async list(
    creditorSiren: string,
    filter: InvoiceFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<InvoiceConnectionObject> {
    const size = pageSize(first);
    const today = this.today();
    const params: unknown[] = [creditorSiren];
    const where = ['i.creditor_siren = $1'];
    if (filter?.status) {
      params.push(filter.status);
      where.push(`i.status = $${params.length}`);
    }
    if (filter?.debtorSiren) {
      const siren = parseSiren(filter.debtorSiren);
      if (!siren) {
        throw new InvoicesException(InvoicesExceptionCode.DEBTOR_SIREN_INVALID, "Le SIREN du débiteur n'est pas valide.", { field: 'filter.debtorSiren' });
      }
      params.push(siren);
      where.push(`i.debtor_siren = $${params.length}`);
    }
    if (filter?.overdue === true || filter?.overdue === false) {
      params.push(today);
      const overdue = `(i.status = 'OPEN' AND i.due_date < $${params.length}::date)`;
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    const filterSql = where.join(' AND ');
    const [{ count }] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM invoices i WHERE ${filterSql}`, params)) as [{ count: number }];

    const pageParams = [...params];
    let pageWhere = filterSql;
    const cursor = decodeCursor(after, 2);
    if (cursor) {
      const [dueDate, id] = cursor;
      if (typeof dueDate !== 'string' || !parseIsoDate(dueDate) || typeof id !== 'string' || !UUID.test(id)) {
        throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'Le curseur de pagination est invalide.');
      }
      pageParams.push(dueDate, id);
      pageWhere += ` AND (i.due_date, i.id) > ($${pageParams.length - 1}::date, $${pageParams.length}::uuid)`;
    }
    pageParams.push(size + 1);
    const rows: InvoiceRow[] = await this.dataSource.query(
      `${INVOICE_SELECT} WHERE ${pageWhere} ORDER BY i.due_date, i.id LIMIT $${pageParams.length}`,
      pageParams,
    );
    const page = rows.slice(0, size);
    const nodes = await this.toObjects(page, today);
    const edges = nodes.map((node) => ({ cursor: encodeCursor([node.dueDate, node.id]), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: count,
    };
  }

  async get(creditorSiren: string, id: string): Promise<InvoiceObject> {
    const [row] = await this.findRows(this.dataSource.manager, creditorSiren, id);
    if (!row) throw InvoicesException.notFound();
    const [invoice] = await this.toObjects([row], this.today());
    return invoice!;
  }

  /** Validates everything before writing anything; an unknown debtor is registered as a company. */
  async create(creditorSiren: string, userId: string, draft: InvoiceDraft): Promise<InvoiceObject> {
    const validation = validateInvoice(draft, { creditorSiren, today: this.today() });
    if (!validation.ok) throw InvoicesException.fromFieldError(validation.errors[0]!);
    const invoice = validation.invoice;

    const taken: unknown[] = await this.dataSource.query(`SELECT 1 FROM invoices WHERE creditor_siren = $1 AND number = $2`, [creditorSiren, invoice.number]);
    if (taken.length > 0) throw this.numberTaken(invoice.number);
    await this.companies.findOrCreateBySiren(invoice.debtorSiren, invoice.debtorName);

    const now = this.clock.now();
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const contactId = invoice.contact
          ? (await saveContacts(manager, creditorSiren, [{ debtorSiren: invoice.debtorSiren, contact: invoice.contact }], now)).get(
              contactKey(invoice.debtorSiren, invoice.contact),
            )
          : null;
        const [inserted] = (await manager.query(
          `INSERT INTO invoices (creditor_siren, debtor_siren, contact_id, number, amount_cents, currency, issue_date, due_date,
                                 status, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', $9, $10, $10)
           RETURNING id`,
          [creditorSiren, invoice.debtorSiren, contactId ?? null, invoice.number, invoice.amountCents, invoice.currency, invoice.issueDate, invoice.dueDate, userId, now],
        )) as [{ id: string }];
        await this.lifecycle.createdWithin(manager, [
          { invoiceId: inserted.id, creditorSiren, debtorSiren: invoice.debtorSiren, amountCents: invoice.amountCents, issueDate: invoice.issueDate, dueDate: invoice.dueDate },
        ]);
        return inserted.id;
      });
    } catch (error) {
      // Two concurrent creations of the same number: the unique constraint decides.
      if (isUniqueViolation(error)) throw this.numberTaken(invoice.number);
      throw error;
    }
    return this.get(creditorSiren, id);
  }

  /** Records the real payment date. The score and reminders features react inside this transaction. */
  async markPaid(creditorSiren: string, id: string, rawPaidAt: string): Promise<InvoiceObject> {
    await this.dataSource.transaction((manager) => this.markPaidWithin(manager, creditorSiren, id, rawPaidAt));
    return this.get(creditorSiren, id);
  }

  /** Inside the caller's transaction (e.g. confirming a payment the debtor declared, at its date). */
  async markPaidWithin(manager: EntityManager, creditorSiren: string, id: string, rawPaidAt: string): Promise<void> {
    const row = await this.lockOwned(manager, creditorSiren, id);
    const payment = checkPayment({ status: row.status, issueDate: row.issue_date }, rawPaidAt, this.today());
    if (!payment.ok) throw InvoicesException.fromFieldError(payment.error);
    await manager.query(`UPDATE invoices SET status = 'PAID', paid_at = $2, updated_at = $3 WHERE id = $1`, [row.id, payment.paidAt, this.clock.now()]);
    await this.lifecycle.paidWithin(manager, this.settled(row, payment.paidAt));
  }

  /** A new due date; the reminders feature re-plans the pending messages of an active run in this transaction. */
  async changeDueDate(creditorSiren: string, userId: string, id: string, rawDueDate: string): Promise<InvoiceObject> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwned(manager, creditorSiren, id);
      const change = checkDueDateChange({ status: row.status, issueDate: row.issue_date, dueDate: row.due_date }, rawDueDate);
      if (!change.ok) throw InvoicesException.fromFieldError(change.error);
      const now = this.clock.now();
      await manager.query(`UPDATE invoices SET due_date = $2, updated_at = $3 WHERE id = $1`, [row.id, change.dueDate, now]);
      await recordInvoiceEvent(manager, { invoiceId: row.id, kind: 'DUE_DATE_CHANGED', actor: 'CREDITOR', actorUserId: userId, details: { from: row.due_date, to: change.dueDate }, at: now });
      await this.lifecycle.dueDateChangedWithin(manager, { invoiceId: row.id, creditorSiren, previousDueDate: row.due_date, dueDate: change.dueDate });
    });
    return this.get(creditorSiren, id);
  }

  async cancel(creditorSiren: string, id: string): Promise<InvoiceObject> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwned(manager, creditorSiren, id);
      const refusal = checkCancellation({ status: row.status });
      if (refusal) throw InvoicesException.fromFieldError(refusal);
      const now = this.clock.now();
      await manager.query(`UPDATE invoices SET status = 'CANCELLED', cancelled_at = $2, updated_at = $2 WHERE id = $1`, [row.id, now]);
      await this.lifecycle.cancelledWithin(manager, this.settled(row, null));
    });
    return this.get(creditorSiren, id);
  }

  private settled(row: InvoiceRow, paidAt: CalendarDate | null) {
    return {
      invoiceId: row.id,
      creditorSiren: row.creditor_siren,
      debtorSiren: row.debtor_siren,
      amountCents: Number(row.amount_cents),
      dueDate: row.due_date,
      paidAt,
    };
  }

  private async lockOwned(manager: EntityManager, creditorSiren: string, id: string): Promise<InvoiceRow> {
    const [row] = await this.findRows(manager, creditorSiren, id, true);
    if (!row) throw InvoicesException.notFound();
    return row;
  }

  /** A malformed id is simply not found: it names no invoice, and saying more helps nobody. */
  private findRows(manager: EntityManager, creditorSiren: string, id: string, forUpdate = false): Promise<InvoiceRow[]> {
    if (!UUID.test(id)) return Promise.resolve([]);
    return manager.query(`${INVOICE_SELECT} WHERE i.id = $1 AND i.creditor_siren = $2${forUpdate ? ' FOR UPDATE OF i' : ''}`, [id, creditorSiren]);
  }

  private async toObjects(rows: readonly InvoiceRow[], today: CalendarDate): Promise<InvoiceObject[]> {
    if (rows.length === 0) return [];
    const debtors = await this.companies.getBySirens(rows.map((row) => row.debtor_siren));
    return rows.map((row) => toInvoiceObject(row, debtors, today));
  }

  private numberTaken(number: string): InvoicesException {
    return new InvoicesException(InvoicesExceptionCode.INVOICE_NUMBER_TAKEN, `Vous avez déjà une facture numéro « ${number} ».`, { field: 'number' });
  }
}
