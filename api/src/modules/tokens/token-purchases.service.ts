import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { PAYMENT_PROVIDER, PaymentProvider, PaymentWebhookEvent } from '../../providers/payment/payment-provider.port.js';
import { Actor } from '../auth/domain/actor.js';
import { LedgerReason } from './domain/ledger-reason.js';
import { formatReceiptNumber, parisYear } from './domain/receipt-number.js';
import { BuyTokenPackResultObject } from './dtos/buy-token-pack.input.js';
import { PaymentProviderName, TokenPurchaseStatus } from './dtos/enums.js';
import { ReceiptConnectionObject } from './dtos/receipt.object.js';
import { TokenPacksService } from './token-packs.service.js';
import { TokensException, TokensExceptionCode } from './tokens.exception.js';
import { WalletLedger } from './wallet-ledger.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a verified provider notification did; answered to the provider and logged. */
export type PaymentEventOutcome =
  | 'CREDITED'
  | 'ALREADY_CREDITED'
  | 'UNKNOWN_PURCHASE'
  | 'SESSION_MISMATCH'
  | 'AMOUNT_MISMATCH'
  | 'CLOSED'
  | 'AWAITING_PAYMENT'
  | 'IGNORED';

interface PurchaseRow {
  id: string;
  company_siren: string;
  tokens: number;
  total_cents: number;
  currency: string;
  status: TokenPurchaseStatus;
  provider_session_id: string | null;
}

/**
 * Buying token packs: open a checkout through the PaymentProvider port, then credit the wallet
 * exactly once when the provider says it is paid (Stripe's signed webhook, or at once with the
 * development provider — both through `creditPaid`).
 */
@Injectable()
export class TokenPurchasesService {
  private readonly logger = new Logger(TokenPurchasesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider | null,
    private readonly packs: TokenPacksService,
    private readonly ledger: WalletLedger,
    private readonly clock: Clock,
  ) {}

  async buy(actor: Actor, siren: string, packId: string): Promise<BuyTokenPackResultObject> {
    const provider = this.provider;
    if (!provider) {
      throw new TokensException(TokensExceptionCode.PAYMENTS_UNAVAILABLE, "L'achat de jetons est momentanément indisponible.");
    }
    const pack = await this.packs.get(this.dataSource.manager, packId, { activeOnly: true });
    // The purchase exists (PENDING) before the provider is called, so its webhook always finds it.
    const [{ id: purchaseId }] = (await this.dataSource.query(
      `INSERT INTO token_purchases (company_siren, pack_id, pack_name, tokens, price_cents, vat_rate_bps, vat_cents, total_cents, provider, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [siren, pack.id, pack.name, pack.tokens, pack.priceCents, pack.vatRateBps, pack.vatCents, pack.totalCents, provider.name, actor.userId, this.clock.now()],
    )) as [{ id: string }];

    const back = `${this.config.publicWebUrl.replace(/\/$/, '')}/jetons?achat=${purchaseId}`;
    let opened;
    try {
      opened = await provider.openCheckout({
        purchaseId,
        companySiren: siren,
        customerEmail: actor.email,
        packName: pack.name,
        tokens: pack.tokens,
        priceCents: pack.priceCents,
        vatRateBps: pack.vatRateBps,
        vatCents: pack.vatCents,
        totalCents: pack.totalCents,
        successUrl: `${back}&statut=paye`,
        cancelUrl: `${back}&statut=annule`,
      });
    } catch (error) {
      this.logger.error(`Checkout for purchase ${purchaseId} failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.dataSource.query(`UPDATE token_purchases SET status = 'FAILED' WHERE id = $1 AND status = 'PENDING'`, [purchaseId]);
      throw new TokensException(TokensExceptionCode.PAYMENTS_UNAVAILABLE, "Le paiement n'a pas pu être ouvert, réessayez dans un instant.");
    }
    await this.dataSource.query(
      `UPDATE token_purchases SET provider_session_id = $2 WHERE id = $1 AND provider_session_id IS NULL`,
      [purchaseId, opened.providerSessionId],
    );
    if (opened.paidImmediately) {
      await this.creditPaid(purchaseId, opened.providerSessionId, pack.totalCents, 'eur');
    }
    const [{ status }] = (await this.dataSource.query(`SELECT status FROM token_purchases WHERE id = $1`, [purchaseId])) as [
      { status: TokenPurchaseStatus },
    ];
    return {
      purchaseId,
      checkoutUrl: opened.url,
      provider: provider.name === 'STRIPE' ? PaymentProviderName.STRIPE : PaymentProviderName.DEVELOPMENT,
      developmentMode: provider.name === 'DEVELOPMENT',
      status,
    };
  }

  /** Acts on a verified provider notification; any number of deliveries, in any order. */
  async handleProviderEvent(event: PaymentWebhookEvent): Promise<PaymentEventOutcome> {
    switch (event.kind) {
      case 'CHECKOUT_PAID':
        return this.creditPaid(event.purchaseId, event.providerSessionId, event.amountTotalCents, event.currency);
      case 'CHECKOUT_CLOSED':
        if (event.purchaseId && UUID.test(event.purchaseId)) {
          await this.dataSource.query(
            `UPDATE token_purchases SET status = $2 WHERE id = $1 AND status = 'PENDING' AND (provider_session_id IS NULL OR provider_session_id = $3)`,
            [event.purchaseId, event.status, event.providerSessionId],
          );
        }
        return 'CLOSED';
      case 'CHECKOUT_AWAITING_PAYMENT':
        return 'AWAITING_PAYMENT';
      case 'IGNORED':
        return 'IGNORED';
    }
  }

  /**
   * Marks the purchase PAID with the next receipt number and credits its tokens, in one
   * transaction. The purchase row lock serialises concurrent deliveries; the ledger's unique
   * (PACK_PURCHASE, purchase id) would stop a double credit even without it.
   */
  async creditPaid(
    purchaseId: string | null,
    providerSessionId: string,
    amountTotalCents: number | null,
    currency: string | null,
  ): Promise<PaymentEventOutcome> {
    if (!purchaseId || !UUID.test(purchaseId)) return this.warn('UNKNOWN_PURCHASE', purchaseId, providerSessionId);
    return this.dataSource.transaction(async (manager) => {
      const rows: PurchaseRow[] = await manager.query(
        `SELECT id, company_siren, tokens, total_cents, currency, status, provider_session_id FROM token_purchases WHERE id = $1 FOR UPDATE`,
        [purchaseId],
      );
      const purchase = rows[0];
      if (!purchase) return this.warn('UNKNOWN_PURCHASE', purchaseId, providerSessionId);
      if (purchase.provider_session_id !== null && purchase.provider_session_id !== providerSessionId) {
        return this.warn('SESSION_MISMATCH', purchaseId, providerSessionId);
      }
      if (purchase.status === TokenPurchaseStatus.PAID) return 'ALREADY_CREDITED';
      if (amountTotalCents !== purchase.total_cents || currency?.toUpperCase() !== purchase.currency) {
        this.logger.error(`Purchase ${purchaseId}: paid ${amountTotalCents} ${currency}, expected ${purchase.total_cents} ${purchase.currency}; not credited`);
        return 'AMOUNT_MISMATCH';
      }

      const paidAt = this.clock.now();
      const year = parisYear(paidAt);
      // A counter row rather than a SEQUENCE: it rolls back with the transaction, so numbers have no gaps.
      const [{ last_number: number }] = (await manager.query(
        `INSERT INTO token_receipt_counters (year, last_number) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = token_receipt_counters.last_number + 1
         RETURNING last_number`,
        [year],
      )) as [{ last_number: number }];
      await manager.query(
        `UPDATE token_purchases SET status = 'PAID', paid_at = $2, receipt_number = $3, provider_session_id = $4 WHERE id = $1`,
        [purchaseId, paidAt, formatReceiptNumber(year, number), providerSessionId],
      );
      const outcome = await this.ledger.move(manager, {
        siren: purchase.company_siren,
        reason: LedgerReason.PACK_PURCHASE,
        reference: purchaseId,
        delta: purchase.tokens,
      });
      return outcome.applied ? 'CREDITED' : 'ALREADY_CREDITED';
    });
  }

  async receipts(siren: string, first?: number | null, after?: string | null): Promise<ReceiptConnectionObject> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const params: unknown[] = [siren, limit + 1];
    let clause = '';
    if (cursor) {
      params.push(String(cursor[0]), String(cursor[1]));
      clause = `AND (paid_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: {
      id: string; receipt_number: string; pack_id: string; pack_name: string; tokens: number; price_cents: number;
      vat_rate_bps: number; vat_cents: number; total_cents: number; currency: string; paid_at: Date; provider: PaymentProviderName;
    }[] = await this.dataSource.query(
      `SELECT id, receipt_number, pack_id, pack_name, tokens, price_cents, vat_rate_bps, vat_cents, total_cents, currency, paid_at, provider
         FROM token_purchases
        WHERE company_siren = $1 AND status = 'PAID' ${clause}
        ORDER BY paid_at DESC, id DESC LIMIT $2`,
      params,
    );
    const page = rows.slice(0, limit);
    const cursorOf = (row: (typeof rows)[number]) => encodeCursor([row.paid_at.toISOString(), row.id]);
    return {
      edges: page.map((row) => ({
        cursor: cursorOf(row),
        node: {
          number: row.receipt_number,
          purchaseId: row.id,
          packId: row.pack_id,
          packName: row.pack_name,
          tokens: row.tokens,
          amountExclVatCents: row.price_cents,
          vatRateBps: row.vat_rate_bps,
          vatCents: row.vat_cents,
          totalCents: row.total_cents,
          currency: row.currency,
          paidAt: row.paid_at,
          provider: row.provider,
        },
      })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length > 0 ? cursorOf(page[page.length - 1]!) : null },
    };
  }

  private warn(outcome: PaymentEventOutcome, purchaseId: string | null, sessionId: string): PaymentEventOutcome {
    this.logger.warn(`Payment event for session ${sessionId} (purchase ${purchaseId ?? 'none'}): ${outcome}`);
    return outcome;
  }
}
