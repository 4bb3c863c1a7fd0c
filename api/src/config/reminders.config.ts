import { envReaders } from './env-readers.js';

/**
 * Reminder delivery settings (SendGrid, Twilio, dispatcher). Absent provider credentials are not an
 * error: messages then wait in the outbox as NOT_CONFIGURED. Half a provider's credentials is.
 */
export interface ReminderConfig {
  sendgridApiKey: string;
  /** Where @sendgrid/client sends requests; tests point it at a stub. */
  sendgridApiBase: string;
  /** Base64 DER (SPKI) ECDSA key of the signed event webhook; empty = SendGrid webhooks refused. */
  sendgridWebhookPublicKey: string;
  emailFrom: string;
  twilioAccountSid: string;
  twilioAuthToken: string;
  /** Sender number (E.164) or alphanumeric sender id. */
  twilioFrom: string;
  /** Origin swapped into every Twilio request; empty = Twilio itself. */
  twilioApiBase: string;
  /** Public origin of this API, as providers call it back (Twilio signs the full URL). */
  publicApiUrl: string;
  /** Period of the repeatable dispatcher job; 0 = none (tests call the dispatcher directly). */
  dispatchEveryMs: number;
  dispatchBatchSize: number;
  /** A row QUEUED longer than this without being sent (Redis lost its job) is queued again. */
  queuedTimeoutSeconds: number;
  sendConcurrency: number;
  /** Bull limiter per provider queue, messages per second; 0 = no limit. */
  emailRatePerSecond: number;
  smsRatePerSecond: number;
  /** Signed webhooks older than this are refused as replays. */
  webhookMaxAgeSeconds: number;
}

type Env = Record<string, string | undefined>;

export function reminderConfig(env: Env, problems: string[]): ReminderConfig {
  const readers = envReaders(env, problems);
  const { text, int } = readers;
  // Provider origins without a trailing slash: the adapters append their paths.
  const url = (name: string, fallback: string): string =>
    readers.url(name, ['http:', 'https:'], { fallback }).replace(/\/+$/, '');

  const config: ReminderConfig = {
    sendgridApiKey: text('SENDGRID_API_KEY'),
    sendgridApiBase: url('SENDGRID_API_BASE', 'https://api.sendgrid.com'),
    sendgridWebhookPublicKey: text('SENDGRID_WEBHOOK_PUBLIC_KEY'),
    emailFrom: text('EMAIL_FROM', 'Bonpayeur <relances@bonpayeur.fr>'),
    twilioAccountSid: text('TWILIO_ACCOUNT_SID'),
    twilioAuthToken: text('TWILIO_AUTH_TOKEN'),
    twilioFrom: text('TWILIO_FROM'),
    twilioApiBase: url('TWILIO_API_BASE', ''),
    publicApiUrl: url('PUBLIC_API_URL', 'http://localhost:4000'),
    dispatchEveryMs: int('REMINDER_DISPATCH_EVERY_MS', 5_000, 0, 3_600_000),
    dispatchBatchSize: int('REMINDER_DISPATCH_BATCH', 500, 1, 10_000),
    queuedTimeoutSeconds: int('REMINDER_QUEUED_TIMEOUT_SECONDS', 600, 1, 86_400),
    sendConcurrency: int('REMINDER_SEND_CONCURRENCY', 20, 1, 1_000),
    emailRatePerSecond: int('REMINDER_EMAIL_RATE_PER_SECOND', 100, 0, 100_000),
    smsRatePerSecond: int('REMINDER_SMS_RATE_PER_SECOND', 10, 0, 10_000),
    webhookMaxAgeSeconds: int('WEBHOOK_MAX_AGE_SECONDS', 600, 10, 86_400),
  };
  const twilio = [config.twilioAccountSid, config.twilioAuthToken, config.twilioFrom];
  if (twilio.some((value) => value !== '') && twilio.some((value) => value === '')) {
    problems.push('TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM go together: set all three or none');
  }
  if (config.sendgridApiKey !== '' && !/@/.test(config.emailFrom)) problems.push('EMAIL_FROM must hold an e-mail address');
  return config;
}
