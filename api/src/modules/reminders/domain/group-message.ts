import { formatEuros, formatFrenchDate } from './french-format.js';
import { Channel } from './scenario.js';

/** One invoice's message, rendered, inside a grouped message. */
export interface GroupPart {
  invoiceNumber: string;
  amountCents: number;
  currency: string;
  dueDate: string;
  subject: string | null;
  body: string;
}

/**
 * Messages for several invoices of one debtor, due the same day on the same channel to the same
 * address, leave as one (issue 5: the debtor is not flooded). The grouped message lists every
 * invoice first, then each invoice's own message under its number, so nothing any of them said is
 * lost (amounts, penalties, deadlines, payment links). One part: that message unchanged.
 */
export function composeGroupedMessage(channel: Channel, creditorName: string, parts: readonly GroupPart[]): { subject: string | null; body: string } {
  if (parts.length === 0) throw new Error('composeGroupedMessage needs at least one part');
  if (parts.length === 1) return { subject: parts[0]!.subject, body: parts[0]!.body };
  const numbers = parts.map((part) => `n° ${part.invoiceNumber}`).join(', ');
  const list = parts.map((part) => `- Facture n° ${part.invoiceNumber} : ${formatEuros(part.amountCents, part.currency)}, échéance le ${formatFrenchDate(part.dueDate)}`).join('\n');
  if (channel === 'SMS') {
    // No per-part heading: an SMS is billed per segment, and each part already names its invoice.
    return { subject: null, body: `${creditorName} : ${parts.length} factures (${numbers}).\n${parts.map((part) => part.body).join('\n')}` };
  }
  const sections = parts.map((part) => `--- Facture n° ${part.invoiceNumber}${part.subject ? ` : ${part.subject}` : ''} ---\n${part.body}`).join('\n\n');
  return {
    subject: `${creditorName} : ${parts.length} factures (${numbers})`,
    body: `Ce message regroupe ${parts.length} factures :\n${list}\n\n${sections}`,
  };
}

/** What grouping needs of a message the dispatcher claims. */
export interface GroupCandidate {
  id: string;
  invoiceId: string;
  /** Creditor, debtor, channel, address (lower case) and Paris day: equal keys may leave as one. */
  key: string;
  scheduledAt: Date;
}

/**
 * Which messages leave together: same key, each from a different invoice (two steps of one invoice
 * are two messages, as the scenario wants). Within a key, each invoice's messages are taken in time
 * order and the n-th ones of every invoice form the n-th group. A group's id is its first message's
 * id (earliest, then smallest id); a message alone gets null.
 */
export function assignGroups(candidates: readonly GroupCandidate[]): Map<string, string | null> {
  const groups = new Map<string, GroupCandidate[][]>();
  const sorted = [...candidates].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime() || a.id.localeCompare(b.id));
  const seenPerInvoice = new Map<string, number>();
  for (const candidate of sorted) {
    const slotKey = `${candidate.key}\u0000${candidate.invoiceId}`;
    const slot = seenPerInvoice.get(slotKey) ?? 0;
    seenPerInvoice.set(slotKey, slot + 1);
    const ofKey = groups.get(candidate.key) ?? [];
    (ofKey[slot] ??= []).push(candidate);
    groups.set(candidate.key, ofKey);
  }
  const result = new Map<string, string | null>();
  for (const ofKey of groups.values()) {
    for (const members of ofKey) {
      const groupId = members.length > 1 ? members[0]!.id : null;
      for (const member of members) result.set(member.id, groupId);
    }
  }
  return result;
}
