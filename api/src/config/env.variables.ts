/**
 * Every environment variable the API and the worker read, in one place.
 * `loadConfig` validates them all at boot and reports every bad one at once.
 */
import type { OperationsConfig } from './operations.config.js';
import type { PublicationsConfig } from './publications.config.js';
import type { DebtorLinkConfig } from './debtor-link.config.js';
import type { ReminderConfig } from './reminders.config.js';

export type NodeEnv = 'development' | 'test' | 'production';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  redisUrl: string;
  /** Prefix of every bull key; wrapped in {} so Redis Cluster keeps a queue on one slot. */
  queuePrefix: string;
  sessionTtlDays: number;
  /** Public base URL of the web app, used in links sent to debtors. */
  publicWebUrl: string;
  loginMaxAttempts: number;
  loginWindowSeconds: number;
  signupFreeTokens: number;
  /** Anonymous GraphQL requests per client address and minute; 0 disables the cap. */
  publicRateLimitPerMinute: number;
  /** How long an anonymous company profile may be served from memory at most; 0 = never cached. */
  profileCacheSeconds: number;
  /** Directory of the built web app served by the API in production; empty = not served. */
  webDistDir: string;
  /** SendGrid, Twilio and the reminder dispatcher (reminders.config.ts). */
  reminders: ReminderConfig;
  /** Publication requests, evidence and moderation (publications.config.ts). */
  publications: PublicationsConfig;
  /** The signed debtor page links (debtor-link.config.ts). */
  debtorLink: DebtorLinkConfig;
  /**
   * Who takes token-pack payments: `stripe` (Stripe Checkout), `development` (completes every
   * purchase at once, for the demo; refused in production) or `none` (buying is unavailable).
   */
  paymentProvider: PaymentProviderKind;
  stripeSecretKey: string;
  stripeWebhookSecret: string;
  /** Where the Stripe SDK sends its requests; empty = Stripe itself. Tests point it at a stub. */
  stripeApiBase: string;
  /** Logs, metrics, shutdown (operations.config.ts). */
  operations: OperationsConfig;
}

export type PaymentProviderKind = 'stripe' | 'development' | 'none';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}
