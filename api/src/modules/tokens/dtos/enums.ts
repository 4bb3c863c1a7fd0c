import { registerEnumType } from '@nestjs/graphql';
import { LedgerReason } from '../domain/ledger-reason.js';

registerEnumType(LedgerReason, { name: 'TokenLedgerReason' });

export enum PaymentProviderName {
  STRIPE = 'STRIPE',
  /** Completes purchases without payment: demo and development only. */
  DEVELOPMENT = 'DEVELOPMENT',
}
registerEnumType(PaymentProviderName, { name: 'PaymentProviderName' });

export enum TokenPurchaseStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(TokenPurchaseStatus, { name: 'TokenPurchaseStatus' });

/** Re-exported so GraphQL types import it from here, after its registration. */
export { LedgerReason };
