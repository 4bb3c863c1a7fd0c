import { Logger } from '@nestjs/common';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import { ReminderConfig } from '../../config/reminders.config.js';
import { classifyFailure } from '../provider-error.js';
import { normalizePhoneE164 } from './phone.js';
import { SmsSender, OutgoingSms } from './sms-sender.port.js';

type TwilioClient = ReturnType<typeof twilio>;

/** Twilio has no base-URL option: this client swaps the origin of every request (tests: a stub). */
class OriginSwappingRequestClient extends twilio.RequestClient {
  constructor(private readonly origin: string) {
    super({ timeout: 15_000 });
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const url = new URL(opts.uri);
    const target = new URL(this.origin);
    url.protocol = target.protocol;
    url.host = target.host;
    return super.request<TData>({ ...opts, uri: url.toString() });
  }
}

export class TwilioSmsSender extends SmsSender {
  readonly provider = 'twilio';
  readonly configured: boolean;
  private readonly client: TwilioClient | null;
  private readonly logger = new Logger('TwilioSmsSender');

  constructor(private readonly config: ReminderConfig) {
    super();
    this.configured = config.twilioAccountSid !== '';
    this.client = this.configured
      ? twilio(config.twilioAccountSid, config.twilioAuthToken, {
          ...(config.twilioApiBase ? { httpClient: new OriginSwappingRequestClient(config.twilioApiBase) } : {}),
        })
      : null;
  }

  /** Where Twilio posts status changes; the signature covers this exact URL. */
  statusCallbackUrl(reference: string): string {
    return `${this.config.publicApiUrl}/webhooks/twilio?messageId=${encodeURIComponent(reference)}`;
  }

  async send(sms: OutgoingSms): Promise<{ providerMessageId: string }> {
    if (!this.client) throw new Error('Twilio is not configured');
    const to = normalizePhoneE164(sms.to);
    if (!to) throw classifyFailure(400, undefined, `invalid phone number ${sms.to}`);
    try {
      const message = await this.client.messages.create({
        to,
        from: this.config.twilioFrom,
        body: sms.body,
        statusCallback: this.statusCallbackUrl(sms.reference),
      });
      // The number is masked by the log scrubber down to its country code and last two digits.
      this.logger.log(`SMS ${message.sid} accepted by Twilio for ${to}`);
      return { providerMessageId: message.sid };
    } catch (error) {
      const failure = error as { status?: number; code?: string | number; message?: string };
      const networkCode = typeof failure.code === 'string' ? failure.code : undefined;
      throw classifyFailure(typeof failure.status === 'number' ? failure.status : undefined, networkCode, failure.message ?? String(error));
    }
  }
}
