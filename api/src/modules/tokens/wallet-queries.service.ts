import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { ledgerCsv } from './domain/ledger-csv.js';
import { LedgerReason } from './domain/ledger-reason.js';
import { TokenLedgerEntryObject, WalletObject } from './dtos/wallet.object.js';
import { TokenLedgerFilterInput } from './dtos/wallet.args.js';
import { TokensException, TokensExceptionCode } from './tokens.exception.js';

interface EntryRow {
  id: string;
  reason: LedgerReason;
  reference: string;
  delta: number;
  balance_after: number;
  note: string | null;
  created_at: Date;
}

/** The CSV export is capped so one request cannot stream an unbounded ledger. */
export const CSV_MAX_ROWS = 50_000;

/** What a creditor reads of its wallet: balance, ledger with running balance, CSV export. */
@Injectable()
export class WalletQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async wallet(siren: string, filter: TokenLedgerFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<WalletObject> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const where = this.where(siren, filter);
    const params = [...where.params];
    let clause = where.sql;
    if (cursor) {
      params.push(String(cursor[0]));
      clause += ` AND id < $${params.length}::bigint`;
    }
    params.push(limit + 1);
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT id::text AS id, reason, reference, delta, balance_after, note, created_at
         FROM token_ledger_entries WHERE ${clause} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM token_ledger_entries WHERE ${where.sql}`,
      where.params,
    )) as [{ count: number }];
    const balances: { balance: number }[] = await this.dataSource.query(`SELECT balance FROM token_wallets WHERE company_siren = $1`, [siren]);

    const page = rows.slice(0, limit);
    return {
      companySiren: siren,
      balance: balances[0]?.balance ?? 0,
      ledger: {
        edges: page.map((row) => ({ cursor: encodeCursor([row.id]), node: toEntry(row) })),
        pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length > 0 ? encodeCursor([page[page.length - 1]!.id]) : null },
        totalCount: count,
      },
    };
  }

  async csv(siren: string, filter: TokenLedgerFilterInput | null | undefined): Promise<string> {
    const where = this.where(siren, filter);
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT id::text AS id, reason, reference, delta, balance_after, note, created_at
         FROM token_ledger_entries WHERE ${where.sql} ORDER BY id DESC LIMIT ${CSV_MAX_ROWS}`,
      where.params,
    );
    return ledgerCsv(rows.map((row) => ({ ...toEntry(row) })));
  }

  private where(siren: string, filter: TokenLedgerFilterInput | null | undefined): { sql: string; params: unknown[] } {
    const params: unknown[] = [siren];
    const conditions = ['company_siren = $1'];
    if (filter?.reasons && filter.reasons.length > 0) {
      params.push(filter.reasons);
      conditions.push(`reason = ANY($${params.length}::text[])`);
    }
    if (filter?.from && filter?.to && filter.from.getTime() > filter.to.getTime()) {
      throw new TokensException(TokensExceptionCode.INVALID_DATE_RANGE, 'La date de début doit précéder la date de fin.');
    }
    if (filter?.from) {
      params.push(filter.from);
      conditions.push(`created_at >= $${params.length}`);
    }
    if (filter?.to) {
      params.push(filter.to);
      conditions.push(`created_at < $${params.length}`);
    }
    return { sql: conditions.join(' AND '), params };
  }
}

function toEntry(row: EntryRow): TokenLedgerEntryObject {
  return {
    id: row.id,
    reason: row.reason,
    reference: row.reference,
    delta: row.delta,
    balanceAfter: row.balance_after,
    note: row.note,
    createdAt: row.created_at,
  };
}
