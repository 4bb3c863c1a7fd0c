/** An SMS leaving through a provider; `reference` (our message id) comes back in its status callbacks. */
export interface OutgoingSms {
  /** E.164. */
  to: string;
  body: string;
  reference: string;
}

/** Port of every SMS provider. `configured` false: nothing is sent, the outbox keeps the message. */
export abstract class SmsSender {
  abstract readonly provider: string;
  abstract readonly configured: boolean;
  /** Throws a ProviderError on failure. */
  abstract send(sms: OutgoingSms): Promise<{ providerMessageId: string }>;
}
