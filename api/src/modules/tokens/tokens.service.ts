import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { auditActorOf } from '../audit/domain/audit-entry.js';
import { Actor } from '../auth/domain/actor.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { LedgerReason } from './domain/ledger-reason.js';
import { AdjustWalletInput, AdjustWalletResultObject } from './dtos/adjust-wallet.input.js';
import { TokenPacksService } from './token-packs.service.js';
import { TokensException, TokensExceptionCode } from './tokens.exception.js';
import { WalletLedger } from './wallet-ledger.js';

/** Tokens one invoice put under a scenario costs (unlimited e-mails, up to 2 SMS). */
export const TOKENS_PER_RUN = 1;

export interface BalanceMismatch {
  siren: string;
  balance: number;
  ledgerSum: number;
}

/**
 * Metering: what other features call, always inside their own transaction, plus the admin's
 * adjustments and the balance audit.
 */
@Injectable()
export class TokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ledger: WalletLedger,
    private readonly packs: TokenPacksService,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Debits one token for a reminder run, in the caller's transaction. Idempotent per run: a retry
   * returns the first outcome. Throws INSUFFICIENT_TOKENS (balance, cheapest covering pack) when
   * the wallet is empty; the caller's transaction should then roll back.
   */
  async spendForRun(manager: EntityManager, creditorSiren: string, runId: string): Promise<{ balanceAfter: number }> {
    const outcome = await this.ledger.move(manager, {
      siren: creditorSiren,
      reason: LedgerReason.INVOICE_PROCESSING,
      reference: runId,
      delta: -TOKENS_PER_RUN,
    });
    if ('insufficient' in outcome) {
      const missing = TOKENS_PER_RUN - outcome.balance;
      const pack = await this.packs.cheapestCovering(manager, missing);
      throw new TokensException(
        TokensExceptionCode.INSUFFICIENT_TOKENS,
        `Il ne vous reste plus assez de jetons (solde : ${outcome.balance}). Achetez un pack pour mettre cette facture sous scénario.`,
        {
          balance: outcome.balance,
          required: TOKENS_PER_RUN,
          cheapestPack: pack ? { packId: pack.id, tokens: pack.tokens, priceCents: pack.priceCents, totalCents: pack.totalCents } : null,
        },
      );
    }
    return { balanceAfter: outcome.balanceAfter };
  }

  /**
   * Gives back the token of a run cancelled before any message left. True when refunded now;
   * false when the run was never charged (to this company) or was already refunded.
   */
  async refundRun(manager: EntityManager, creditorSiren: string, runId: string): Promise<boolean> {
    const spend = await this.ledger.findEntry(manager, LedgerReason.INVOICE_PROCESSING, runId);
    if (!spend || spend.company_siren !== creditorSiren) return false;
    const outcome = await this.ledger.move(manager, {
      siren: creditorSiren,
      reason: LedgerReason.REFUND,
      reference: runId,
      delta: TOKENS_PER_RUN,
    });
    return outcome.applied;
  }

  /**
   * Opens the wallet of a new creditor company with the configured free tokens, in the sign-up
   * transaction. Keyed by the SIREN: a company is granted once, ever.
   */
  async grantSignup(manager: EntityManager, companySiren: string): Promise<void> {
    await this.ledger.ensureWallet(manager, companySiren);
    if (this.config.signupFreeTokens === 0) return;
    await this.ledger.move(manager, {
      siren: companySiren,
      reason: LedgerReason.SIGNUP_GRANT,
      reference: companySiren,
      delta: this.config.signupFreeTokens,
    });
  }

  /** A platform admin's correction, positive or negative, with a written reason. */
  async adjust(actor: Actor, input: AdjustWalletInput): Promise<AdjustWalletResultObject> {
    if (!actor.platformRoles.includes(PlatformRole.ADMIN)) {
      throw new TokensException(TokensExceptionCode.PLATFORM_ADMIN_ONLY, 'Seul un administrateur de la plateforme peut ajuster un portefeuille.');
    }
    const reason = input.reason.trim();
    const reference = input.reference?.trim() || randomUUID();
    if (!/^\d{9}$/.test(input.siren) || !Number.isInteger(input.tokens) || input.tokens === 0 || Math.abs(input.tokens) > 100_000
      || reason.length < 3 || reason.length > 500 || reference.length > 100) {
      throw new TokensException(
        TokensExceptionCode.INVALID_ADJUSTMENT,
        'Ajustement invalide : un SIREN, un nombre de jetons non nul (±100 000 au plus) et un motif de 3 à 500 caractères sont requis.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const wallets: unknown[] = await manager.query(`SELECT 1 FROM token_wallets WHERE company_siren = $1`, [input.siren]);
      if (wallets.length === 0) {
        throw new TokensException(TokensExceptionCode.WALLET_NOT_FOUND, "Cette entreprise n'a pas de portefeuille de jetons.");
      }
      const outcome = await this.ledger.move(manager, {
        siren: input.siren,
        reason: LedgerReason.ADJUSTMENT,
        reference,
        delta: input.tokens,
        note: reason,
        actorUserId: actor.userId,
      });
      if ('insufficient' in outcome) {
        throw new TokensException(
          TokensExceptionCode.ADJUSTMENT_BELOW_ZERO,
          `Le solde (${outcome.balance}) ne peut pas devenir négatif.`,
          { balance: outcome.balance },
        );
      }
      const balance = await this.ledger.balanceOf(manager, input.siren);
      // A replayed reference changes nothing, so it leaves no second trace either.
      if (outcome.applied) {
        await this.audit.record(manager, {
          actor: auditActorOf(actor),
          action: 'WALLET_ADJUSTED',
          subjectType: 'WALLET',
          subjectId: input.siren,
          reason,
          details: { tokens: input.tokens, reference, balanceAfter: balance },
        });
      }
      return { siren: input.siren, reference, applied: outcome.applied, balance };
    });
  }

  /**
   * Wallets whose cached balance differs from the sum of their ledger, or from the running
   * balance of their last entry. Empty when the books are right; run by tests and monitoring.
   */
  async findBalanceMismatches(siren?: string): Promise<BalanceMismatch[]> {
    const rows: { siren: string; balance: number; ledger_sum: number }[] = await this.dataSource.query(
      `SELECT w.company_siren AS siren, w.balance, COALESCE(s.total, 0)::int AS ledger_sum
         FROM token_wallets w
         LEFT JOIN LATERAL (SELECT sum(delta) AS total FROM token_ledger_entries e WHERE e.company_siren = w.company_siren) s ON true
         LEFT JOIN LATERAL (
           SELECT balance_after FROM token_ledger_entries e WHERE e.company_siren = w.company_siren ORDER BY id DESC LIMIT 1
         ) last ON true
        WHERE ($1::char(9) IS NULL OR w.company_siren = $1)
          AND (w.balance <> COALESCE(s.total, 0) OR w.balance <> COALESCE(last.balance_after, 0))`,
      [siren ?? null],
    );
    return rows.map((row) => ({ siren: row.siren, balance: row.balance, ledgerSum: row.ledger_sum }));
  }
}
