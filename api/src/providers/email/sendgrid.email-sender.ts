import { Client } from '@sendgrid/client';
import http from 'node:http';
import https from 'node:https';
import { ReminderConfig } from '../../config/reminders.config.js';
import { classifyFailure, ProviderError } from '../provider-error.js';
import { splitIntoBatches } from './batching.js';
import { EmailSender, OutgoingEmail, SentEmail } from './email-sender.port.js';

/**
 * SendGrid v3 mail send limits (docs: Mail Send errors, Personalizations, Substitution Tags):
 * at most 1,000 personalizations and 1,000 recipients per request, an address at most once per
 * request, substitutions at most 50,000 bytes per personalization (an older page said 10,000: the
 * lower figure is kept), a whole email under 30 MB, which 1,000 × 10,000 bytes stays well under.
 */
const MAX_PERSONALIZATIONS = 1_000;
const MAX_SUBSTITUTION_BYTES = 10_000;
/** The body is one substitution per personalization, so each recipient gets its own text. */
const TEXT_TAG = '-bonpayeurText-';

/** 'Name <address>' or a bare address, as SendGrid's `from` object. */
function parseAddress(value: string): { email: string; name?: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  if (!match) return { email: value.trim() };
  const name = match[1]!.replace(/^"|"$/g, '');
  return name ? { email: match[2]!.trim(), name } : { email: match[2]!.trim() };
}

/** SendGrid v3 mail send through the official SDK (@sendgrid/client); one client per instance, pointed at the configured base. */
export class SendgridEmailSender extends EmailSender {
  readonly provider = 'sendgrid';
  readonly configured: boolean;
  private readonly client: Client;
  private readonly from: { email: string; name?: string };

  constructor(private readonly config: ReminderConfig) {
    super();
    this.configured = config.sendgridApiKey !== '';
    const client = new Client();
    client.setApiKey(config.sendgridApiKey || 'SG.unset');
    client.setDefaultRequest('baseUrl', config.sendgridApiBase);
    client.setDefaultRequest('timeout' as never, 15_000 as never);
    // The API does not redirect; with 0, axios calls http.request directly instead of through follow-redirects.
    client.setDefaultRequest('maxRedirects' as never, 0 as never);
    // Keep-alive: without it axios opens a TCP (and TLS) connection per message.
    client.setDefaultRequest('httpAgent' as never, new http.Agent({ keepAlive: true }) as never);
    client.setDefaultRequest('httpsAgent' as never, new https.Agent({ keepAlive: true }) as never);
    this.client = client;
    this.from = parseAddress(config.emailFrom);
  }

  async send(email: OutgoingEmail): Promise<{ providerMessageId: string }> {
    return {
      providerMessageId: await this.post({
        personalizations: [{ to: [{ email: email.to }] }],
        from: this.from,
        subject: email.subject,
        content: [{ type: 'text/plain', value: email.text }],
        // Comes back on every event of the signed event webhook.
        custom_args: { message_id: email.reference },
      }),
    };
  }

  override batches<T extends OutgoingEmail>(emails: readonly T[]): T[][] {
    return splitIntoBatches(emails, { maxEmails: MAX_PERSONALIZATIONS, maxTextBytes: MAX_SUBSTITUTION_BYTES });
  }

  /**
   * One request, one personalization per email: its own recipient, subject, text (a substitution of
   * the shared content) and message id (custom_args, on each of its webhook events). SendGrid answers
   * 202 for the whole request or refuses it whole. The x-message-id is the request's: every email of
   * the batch shares it, hence the webhook matching on our message id.
   */
  override async sendBatch(emails: readonly OutgoingEmail[]): Promise<SentEmail[]> {
    if (emails.length === 0) return [];
    // A single email (or one too long for a substitution, which batches() leaves alone) goes plainly.
    if (emails.length === 1) {
      const { providerMessageId } = await this.send(emails[0]!);
      return [{ reference: emails[0]!.reference, providerMessageId }];
    }
    const providerMessageId = await this.post({
      personalizations: emails.map((email) => ({
        to: [{ email: email.to }],
        subject: email.subject,
        substitutions: { [TEXT_TAG]: email.text },
        custom_args: { message_id: email.reference },
      })),
      from: this.from,
      content: [{ type: 'text/plain', value: TEXT_TAG }],
    });
    return emails.map((email) => ({ reference: email.reference, providerMessageId }));
  }

  /** POST /v3/mail/send through the SDK; the x-message-id, or a classified ProviderError. */
  private async post(body: object): Promise<string> {
    try {
      // The v3 body built here and sent through the SDK's client, rather than through @sendgrid/mail's
      // Mail helper: same request on the wire, but the helper's clone and case conversion cost more
      // CPU per message than the HTTP call itself (measured for the dispatch bench, issue 5).
      const [response] = await this.client.request({ method: 'POST', url: '/v3/mail/send', body });
      const id = response.headers['x-message-id'];
      if (typeof id !== 'string' || id === '') throw new ProviderError('AMBIGUOUS', 'SendGrid accepted the message without an x-message-id');
      return id;
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      const failure = error as { code?: number | string; response?: { body?: unknown }; message?: string };
      const status = typeof failure.code === 'number' ? failure.code : undefined;
      const networkCode = typeof failure.code === 'string' ? failure.code : undefined;
      const detail = failure.response?.body ? JSON.stringify(failure.response.body).slice(0, 300) : (failure.message ?? String(error));
      throw classifyFailure(status, networkCode, detail);
    }
  }
}
