/** Limits of one multi-recipient provider request, for splitIntoBatches. */
export interface BatchLimits {
  /** Most emails per request. */
  maxEmails: number;
  /** An email whose text is longer (UTF-8 bytes) leaves alone, in a request of its own. */
  maxTextBytes: number;
}

/**
 * Greedy, in order: each email joins the first open batch that has room and does not already hold its
 * recipient address (compared case-insensitively: SendGrid refuses a request naming an address
 * twice), else opens a new batch. An email over maxTextBytes gets a batch of its own.
 */
export function splitIntoBatches<T extends { to: string; text: string }>(emails: readonly T[], limits: BatchLimits): T[][] {
  const batches: { emails: T[]; addresses: Set<string>; alone: boolean }[] = [];
  for (const email of emails) {
    const address = email.to.trim().toLowerCase();
    const alone = Buffer.byteLength(email.text, 'utf8') > limits.maxTextBytes;
    const open = alone ? undefined : batches.find((batch) => !batch.alone && batch.emails.length < limits.maxEmails && !batch.addresses.has(address));
    if (open) {
      open.emails.push(email);
      open.addresses.add(address);
    } else {
      batches.push({ emails: [email], addresses: new Set([address]), alone });
    }
  }
  return batches.map((batch) => batch.emails);
}
