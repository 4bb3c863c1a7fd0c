import { envReaders } from './env-readers.js';
import type { NodeEnv } from './env.variables.js';

type Env = Record<string, string | undefined>;

/** The signed link behind every reminder (the debtor's page, no account needed). */
export interface DebtorLinkConfig {
  /** HMAC-SHA256 key of the links. Rotating it invalidates every link already sent. */
  secret: string;
  /** A link expires this many days after the message carrying it was rendered. */
  ttlDays: number;
}

/** Known to anyone who reads this file: fine for a laptop and the tests, refused in production. */
const DEVELOPMENT_SECRET = 'bonpayeur-development-debtor-link-secret-not-for-production';

export function debtorLinkConfig(env: Env, nodeEnv: NodeEnv, problems: string[]): DebtorLinkConfig {
  const { text, int } = envReaders(env, problems);
  const secret = text('DEBTOR_LINK_SECRET');
  if (secret === '' && nodeEnv === 'production') problems.push('DEBTOR_LINK_SECRET is required in production (32 characters or more)');
  if (secret !== '' && secret.length < 32) problems.push('DEBTOR_LINK_SECRET must be at least 32 characters long');
  return { secret: secret === '' ? DEVELOPMENT_SECRET : secret, ttlDays: int('DEBTOR_LINK_TTL_DAYS', 60, 1, 365) };
}
