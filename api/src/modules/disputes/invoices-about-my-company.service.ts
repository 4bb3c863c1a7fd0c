import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { CommonException, CommonExceptionCode } from '../../common/errors/common.exception.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { Actor } from '../auth/domain/actor.js';
import { toCompanyObject } from '../companies/dtos/company.object.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { InvoiceStatus } from '../invoices/domain/invoice-status.js';
import { daysOverdue } from '../invoices/domain/settlement.js';
import { DebtorRepresentation } from './debtor-representation.js';
import { DISPUTE_COLUMNS, DisputeRow, toDisputeObject } from './dispute-row.js';
import { InvoiceAboutMyCompanyConnection, InvoiceAboutMyCompanyObject } from './dtos/invoice-about-my-company.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  number: string;
  amount_cents: string;
  currency: string;
  due_date: string;
  paid_at: string | null;
  status: InvoiceStatus;
  creditor_siren: string;
  creditor_name: string;
  creditor_legal_form: string | null;
  creditor_activity_code: string | null;
  creditor_city: string | null;
  creditor_active: boolean;
  creditor_created_on: string | null;
  dispute: DisputeRow | null;
}

/**
 * "Invoices reported about me" (debtor space): every invoice whose debtor is the actor's active
 * company, for its verified members only (DebtorRepresentation, as for disputing). Selects
 * explicit columns so the creditor's contacts and internal data never leave.
 */
@Injectable()
export class InvoicesAboutMyCompanyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly representation: DebtorRepresentation,
    private readonly clock: Clock,
  ) {}

  async page(actor: Actor, first: number | null | undefined, after: string | null | undefined): Promise<InvoiceAboutMyCompanyConnection> {
    const siren = actor.activeCompany?.siren;
    // Same rule as disputing: the active company, through a verified membership.
    await this.representation.assertMaySpeakFor(actor, siren ?? '');
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const params: unknown[] = [siren, limit + 1];
    let keyset = '';
    if (cursor) {
      // A hand-made cursor must fail as INVALID_CURSOR, not as a PostgreSQL cast error.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(cursor[0])) || !UUID.test(String(cursor[1]))) {
        throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'Le curseur de pagination est invalide.');
      }
      params.push(String(cursor[0]), String(cursor[1]));
      keyset = `AND (i.due_date, i.id) < ($3::date, $4::uuid)`;
    }
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.number, i.amount_cents, i.currency, to_char(i.due_date, 'YYYY-MM-DD') AS due_date,
              to_char(i.paid_at, 'YYYY-MM-DD') AS paid_at, i.status,
              c.siren AS creditor_siren, c.name AS creditor_name, c.legal_form AS creditor_legal_form,
              c.activity_code AS creditor_activity_code, c.city AS creditor_city, c.active AS creditor_active,
              to_char(c.created_on, 'YYYY-MM-DD') AS creditor_created_on,
              (SELECT row_to_json(d) FROM (SELECT ${DISPUTE_COLUMNS} FROM invoice_disputes
                 WHERE invoice_id = i.id AND status = 'OPEN' ORDER BY opened_at DESC LIMIT 1) d) AS dispute
         FROM invoices i JOIN companies c ON c.siren = i.creditor_siren
        WHERE i.debtor_siren = $1 AND i.status <> 'CANCELLED' ${keyset}
        ORDER BY i.due_date DESC, i.id DESC
        LIMIT $2`,
      params,
    )) as Row[];
    const today = parisDate(this.clock.now());
    return toPage(rows, limit, (row) => toObject(row, today), (row) => [row.due_date, row.id]);
  }
}

function toObject(row: Row, today: string): InvoiceAboutMyCompanyObject {
  const creditor = toCompanyObject({
    siren: row.creditor_siren,
    name: row.creditor_name,
    legalForm: row.creditor_legal_form,
    activityCode: row.creditor_activity_code,
    city: row.creditor_city,
    active: row.creditor_active,
    createdOn: row.creditor_created_on,
  });
  return {
    id: row.id,
    creditor,
    number: row.number,
    amountCents: Number(row.amount_cents),
    currency: row.currency,
    dueDate: row.due_date,
    status: row.status,
    paidAt: row.paid_at,
    daysOverdue: daysOverdue({ status: row.status, dueDate: row.due_date }, today),
    // row_to_json gives timestamps as strings: back to Dates for the GraphQL DateTime fields.
    openDispute: row.dispute
      ? toDisputeObject({ ...row.dispute, opened_at: new Date(row.dispute.opened_at), closed_at: row.dispute.closed_at ? new Date(row.dispute.closed_at) : null })
      : null,
  };
}
