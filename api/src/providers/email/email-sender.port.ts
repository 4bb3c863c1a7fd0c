/** An email leaving through a provider; `reference` (our message id) comes back in its webhooks. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  reference: string;
}

/** What the provider answered for one email of a batch, by our reference. */
export interface SentEmail {
  reference: string;
  providerMessageId: string;
}

/**
 * Port of every email provider. `configured` false: nothing is sent, the outbox keeps the message.
 * A provider that can send several emails in one call overrides `batches` and `sendBatch`; the
 * defaults send one email per call.
 */
export abstract class EmailSender {
  abstract readonly provider: string;
  abstract readonly configured: boolean;
  /** Throws a ProviderError on failure. */
  abstract send(email: OutgoingEmail): Promise<{ providerMessageId: string }>;

  /** Cuts emails into batches sendBatch accepts (size, per-request rules), keeping their order. */
  batches<T extends OutgoingEmail>(emails: readonly T[]): T[][] {
    return emails.map((email) => [email]);
  }

  /**
   * One batch from `batches()` in one provider call, all or nothing: either every email was accepted
   * (one result per email, in order) or a ProviderError is thrown and none was sent.
   */
  async sendBatch(emails: readonly OutgoingEmail[]): Promise<SentEmail[]> {
    if (emails.length !== 1) throw new Error(`${this.provider} sends one email per call, got ${emails.length}`);
    const { providerMessageId } = await this.send(emails[0]!);
    return [{ reference: emails[0]!.reference, providerMessageId }];
  }
}
