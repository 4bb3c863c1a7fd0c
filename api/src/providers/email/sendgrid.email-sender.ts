import { Client } from '@sendgrid/client';
import sendgridMail from '@sendgrid/mail';
import { ReminderConfig } from '../../config/reminders.config.js';
import { classifyFailure, ProviderError } from '../provider-error.js';
import { EmailSender, OutgoingEmail } from './email-sender.port.js';

type MailService = typeof sendgridMail;
/** The CJS module exports the class beside its default instance; the typings only declare the instance. */
const { MailService } = sendgridMail as unknown as { MailService: new () => MailService };

/** SendGrid v3 mail send through the official SDK; one client per instance, pointed at the configured base. */
export class SendgridEmailSender extends EmailSender {
  readonly provider = 'sendgrid';
  readonly configured: boolean;
  private readonly mail = new MailService();

  constructor(private readonly config: ReminderConfig) {
    super();
    this.configured = config.sendgridApiKey !== '';
    const client = new Client();
    client.setApiKey(config.sendgridApiKey || 'SG.unset');
    client.setDefaultRequest('baseUrl', config.sendgridApiBase);
    client.setDefaultRequest('timeout' as never, 15_000 as never);
    this.mail.setClient(client);
  }

  async send(email: OutgoingEmail): Promise<{ providerMessageId: string }> {
    try {
      const [response] = await this.mail.send({
        to: email.to,
        from: this.config.emailFrom,
        subject: email.subject,
        text: email.text,
        // Comes back on every event of the signed event webhook.
        customArgs: { message_id: email.reference },
      });
      const id = response.headers['x-message-id'];
      if (typeof id !== 'string' || id === '') throw new ProviderError('AMBIGUOUS', 'SendGrid accepted the message without an x-message-id');
      return { providerMessageId: id };
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
