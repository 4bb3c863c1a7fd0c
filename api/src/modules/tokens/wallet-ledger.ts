import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LedgerReason } from './domain/ledger-reason.js';
import { TokensException, TokensExceptionCode } from './tokens.exception.js';

export interface LedgerMovement {
  siren: string;
  reason: LedgerReason;
  reference: string;
  /** Positive credits, negative debits; never 0. */
  delta: number;
  note?: string | null;
  actorUserId?: string | null;
}

export type MovementOutcome =
  /** Written now. */
  | { applied: true; entryId: string; balanceAfter: number }
  /** (reason, reference) was already in the ledger: nothing changed. */
  | { applied: false; entryId: string; balanceAfter: number }
  /** A debit the wallet cannot cover: nothing changed. */
  | { applied: false; insufficient: true; balance: number };

interface EntryRow {
  id: string;
  company_siren: string;
  balance_after: number;
}

/**
 * The only code that writes wallets and ledger entries, always inside the caller's transaction.
 *
 * Order matters: the wallet row is changed first with one atomic statement (a debit is a
 * conditional `UPDATE … WHERE balance + delta >= 0`, so two concurrent spends can never both take
 * the last token), which also locks the row; the entry is inserted while the lock is held, with
 * `balance_after` read from that statement. If (reason, reference) already exists — a retry that
 * raced past the first check — the insert does nothing and the wallet change is undone under the
 * same lock, so the cached balance stays equal to the sum of the ledger.
 */
@Injectable()
export class WalletLedger {
  async move(manager: EntityManager, movement: LedgerMovement): Promise<MovementOutcome> {
    if (!Number.isSafeInteger(movement.delta) || movement.delta === 0) throw new Error('A ledger movement needs a non-zero integer');

    const existing = await this.findEntry(manager, movement.reason, movement.reference);
    if (existing) return this.replayed(existing, movement);

    const balanceAfter = movement.delta > 0 ? await this.credit(manager, movement) : await this.debit(manager, movement);
    if (balanceAfter === null) {
      return { applied: false, insufficient: true, balance: await this.balanceOf(manager, movement.siren) };
    }

    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO token_ledger_entries (company_siren, reason, reference, delta, balance_after, note, actor_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (reason, reference) DO NOTHING
       RETURNING id::text AS id`,
      [movement.siren, movement.reason, movement.reference, movement.delta, balanceAfter, movement.note ?? null, movement.actorUserId ?? null],
    );
    if (inserted[0]) return { applied: true, entryId: inserted[0].id, balanceAfter };

    // Lost the race to a concurrent transaction with the same (reason, reference): undo.
    await manager.query(`UPDATE token_wallets SET balance = balance - $2::integer WHERE company_siren = $1`, [movement.siren, movement.delta]);
    const winner = await this.findEntry(manager, movement.reason, movement.reference);
    if (!winner) throw new Error(`Ledger entry ${movement.reason}/${movement.reference} vanished`);
    return this.replayed(winner, movement);
  }

  /** Creates the company's empty wallet if it has none (idempotent). */
  async ensureWallet(manager: EntityManager, siren: string): Promise<void> {
    await manager.query(`INSERT INTO token_wallets (company_siren) VALUES ($1) ON CONFLICT (company_siren) DO NOTHING`, [siren]);
  }

  async balanceOf(manager: EntityManager, siren: string): Promise<number> {
    const rows: { balance: number }[] = await manager.query(`SELECT balance FROM token_wallets WHERE company_siren = $1`, [siren]);
    return rows[0]?.balance ?? 0;
  }

  async findEntry(manager: EntityManager, reason: LedgerReason, reference: string): Promise<EntryRow | null> {
    const rows: EntryRow[] = await manager.query(
      `SELECT id::text AS id, company_siren, balance_after FROM token_ledger_entries WHERE reason = $1 AND reference = $2`,
      [reason, reference],
    );
    return rows[0] ?? null;
  }

  private async credit(manager: EntityManager, movement: LedgerMovement): Promise<number> {
    const rows: { balance: number }[] = await manager.query(
      `INSERT INTO token_wallets (company_siren, balance) VALUES ($1, $2)
       ON CONFLICT (company_siren) DO UPDATE SET balance = token_wallets.balance + EXCLUDED.balance, updated_at = now()
       RETURNING balance`,
      [movement.siren, movement.delta],
    );
    return rows[0]!.balance;
  }

  /** Null when the wallet is missing or holds fewer than |delta| tokens. */
  private async debit(manager: EntityManager, movement: LedgerMovement): Promise<number | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows]: [{ balance: number }[], number] = await manager.query(
      `UPDATE token_wallets SET balance = balance - $2::integer, updated_at = now()
        WHERE company_siren = $1 AND balance >= $2::integer
        RETURNING balance`,
      [movement.siren, -movement.delta],
    );
    return rows[0]?.balance ?? null;
  }

  private replayed(entry: EntryRow, movement: LedgerMovement): MovementOutcome {
    if (entry.company_siren !== movement.siren) {
      throw new TokensException(
        TokensExceptionCode.REFERENCE_OF_ANOTHER_WALLET,
        'Cette opération a déjà été enregistrée pour une autre entreprise.',
      );
    }
    return { applied: false, entryId: entry.id, balanceAfter: entry.balance_after };
  }
}
