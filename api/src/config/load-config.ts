import { AppConfig, ConfigValidationError, NodeEnv, PaymentProviderKind } from './env.variables.js';
import { debtorLinkConfig } from './debtor-link.config.js';
import { envReaders } from './env-readers.js';
import { operationsConfig } from './operations.config.js';
import { publicationsConfig } from './publications.config.js';
import { reminderConfig } from './reminders.config.js';

type Env = Record<string, string | undefined>;

const NODE_ENVS: readonly NodeEnv[] = ['development', 'test', 'production'];

/** Reads and validates the environment; throws one error naming every bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];

  const { required, int, url } = envReaders(env, problems);

  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  const nodeEnv = NODE_ENVS.find((candidate) => candidate === nodeEnvRaw);
  if (!nodeEnv) problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got "${nodeEnvRaw}")`);

  const config: AppConfig = {
    nodeEnv: nodeEnv ?? 'development',
    port: int('PORT', 4000, 0, 65535), // 0 = any free port (tests)
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:'], { required: true }),
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 200),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:'], { required: true }),
    queuePrefix: required('QUEUE_PREFIX', '{bonpayeur}'),
    sessionTtlDays: int('SESSION_TTL_DAYS', 30, 1, 365),
    publicWebUrl: url('PUBLIC_WEB_URL', ['http:', 'https:'], { fallback: 'http://localhost:5173', required: true }),
    loginMaxAttempts: int('LOGIN_MAX_ATTEMPTS', 10, 1, 1000),
    loginWindowSeconds: int('LOGIN_WINDOW_SECONDS', 900, 1, 86400),
    signupFreeTokens: int('SIGNUP_FREE_TOKENS', 5, 0, 1000),
    publicRateLimitPerMinute: int('PUBLIC_RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    // Changes are signalled (NOTIFY): this only bounds one no trigger saw. Each profile in demand is
    // executed again every half of it, so a short limit costs re-executions, not freshness.
    profileCacheSeconds: int('PROFILE_CACHE_SECONDS', 300, 0, 3600),
    webDistDir: env.WEB_DIST_DIR ?? '',
    reminders: reminderConfig(env, problems),
    publications: publicationsConfig(env, problems),
    debtorLink: debtorLinkConfig(env, nodeEnv ?? 'development', problems),
    operations: operationsConfig(env, nodeEnv ?? 'development', problems),
    ...paymentConfig(env, nodeEnv ?? 'development', problems),
  };

  // Bull's scripts touch several keys of a queue at once: on Redis Cluster they must share a slot,
  // which a {hash tag} in the prefix guarantees.
  if (config.queuePrefix !== '' && !/\{[^{}]+\}/.test(config.queuePrefix)) {
    problems.push(`QUEUE_PREFIX must contain a Redis Cluster hash tag such as {bonpayeur} (got "${config.queuePrefix}")`);
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}

const PAYMENT_PROVIDERS: readonly PaymentProviderKind[] = ['stripe', 'development', 'none'];

type PaymentConfig = Pick<AppConfig, 'paymentProvider' | 'stripeSecretKey' | 'stripeWebhookSecret' | 'stripeApiBase'>;

/**
 * Without PAYMENT_PROVIDER: Stripe when a key is set, else the development provider outside
 * production, else none (buying answers "unavailable" rather than the process refusing to boot).
 * The development provider credits tokens without any payment: production refuses it outright.
 */
function paymentConfig(env: Env, nodeEnv: NodeEnv, problems: string[]): PaymentConfig {
  const { text, url } = envReaders(env, problems);
  const stripeSecretKey = text('STRIPE_SECRET_KEY');
  const stripeWebhookSecret = text('STRIPE_WEBHOOK_SECRET');
  const raw = env.PAYMENT_PROVIDER?.trim();
  let paymentProvider: PaymentProviderKind =
    stripeSecretKey !== '' ? 'stripe' : nodeEnv === 'production' ? 'none' : 'development';
  if (raw !== undefined && raw !== '') {
    const known = PAYMENT_PROVIDERS.find((candidate) => candidate === raw);
    if (known) paymentProvider = known;
    else problems.push(`PAYMENT_PROVIDER must be one of ${PAYMENT_PROVIDERS.join(', ')} (got "${raw}")`);
  }
  if (paymentProvider === 'development' && nodeEnv === 'production') {
    problems.push('PAYMENT_PROVIDER=development credits tokens without payment and is refused when NODE_ENV=production');
  }
  if (paymentProvider === 'stripe') {
    if (stripeSecretKey === '') problems.push('STRIPE_SECRET_KEY is required when PAYMENT_PROVIDER=stripe');
    if (stripeWebhookSecret === '') problems.push('STRIPE_WEBHOOK_SECRET is required when payments go through Stripe');
  }
  const stripeApiBase = url('STRIPE_API_BASE', ['http:', 'https:']);
  return { paymentProvider, stripeSecretKey, stripeWebhookSecret, stripeApiBase };
}
