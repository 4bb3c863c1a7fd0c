import { Module } from '@nestjs/common';
import { PaymentModule } from '../../providers/payment/payment.module.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';
import { TokenPacksService } from './token-packs.service.js';
import { TokenPurchasesService } from './token-purchases.service.js';
import { TokensResolver } from './tokens.resolver.js';
import { TokensService } from './tokens.service.js';
import { WalletLedger } from './wallet-ledger.js';
import { WalletQueriesService } from './wallet-queries.service.js';

/**
 * Prepaid tokens: wallets and their ledger, packs, purchases and receipts. Other features meter
 * through TokensService (spendForRun / refundRun inside their own transaction).
 */
@Module({
  imports: [PaymentModule],
  controllers: [StripeWebhookController],
  providers: [TokensService, WalletLedger, WalletQueriesService, TokenPacksService, TokenPurchasesService, TokensResolver],
  exports: [TokensService],
})
export class TokensModule {}
