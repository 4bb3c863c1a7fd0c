/** An email leaving through a provider; `reference` (our message id) comes back in its webhooks. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  reference: string;
}

/** Port of every email provider. `configured` false: nothing is sent, the outbox keeps the message. */
export abstract class EmailSender {
  abstract readonly provider: string;
  abstract readonly configured: boolean;
  /** Throws a ProviderError on failure. */
  abstract send(email: OutgoingEmail): Promise<{ providerMessageId: string }>;
}
