import { composeGroupedMessage } from '../domain/group-message.js';
import { Channel } from '../domain/scenario.js';
import { InvoiceContextRow } from '../invoice-context.js';

/** How the sender's outbox rows become the messages that leave (reminder-sender.service.ts). */

export interface OutboxRow {
  id: string;
  run_id: string;
  invoice_id: string;
  channel: Channel;
  tone: string;
  status: string;
  to_address: string;
  template_subject: string;
  template_body: string;
  deadline_days: number | null;
  group_id: string | null;
}

/** A message ready to leave: its invoice in the wanted status, its own content rendered. */
export interface Ready {
  row: OutboxRow;
  invoice: InvoiceContextRow;
  subject: string | null;
  body: string;
}

/**
 * One message as it leaves: one outbox message, or the messages of a group (group-message.ts), under
 * one reference. E-mails of several deliveries share a provider call (EmailSender.batches).
 */
export interface Delivery {
  reference: string;
  channel: Channel;
  toAddress: string;
  members: Ready[];
}

/** Consecutive parts of at most `size` (a part of a valid provider batch is one too: fewer e-mails, addresses still distinct). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/** The one message a delivery leaves as: its member's content, or the group's (group-message.ts). */
export function composeDelivery(delivery: Delivery): { subject: string | null; body: string } {
  return composeGroupedMessage(
    delivery.channel,
    delivery.members[0]!.invoice.creditor_name,
    delivery.members.map((member) => ({
      invoiceNumber: member.invoice.number,
      amountCents: Number(member.invoice.amount_cents),
      currency: member.invoice.currency,
      dueDate: member.invoice.due_date,
      subject: member.subject,
      body: member.body,
    })),
  );
}

/**
 * Messages sharing a group id (set by the dispatcher) leave together, listed by due date then
 * number; any other message leaves alone. The reference is the group id, the first member's id.
 */
export function groupIntoDeliveries(ready: readonly Ready[]): Delivery[] {
  const byReference = new Map<string, Delivery>();
  for (const entry of ready) {
    const reference = entry.row.group_id ?? entry.row.id;
    const delivery = byReference.get(reference) ?? { reference, channel: entry.row.channel, toAddress: entry.row.to_address, members: [] };
    delivery.members.push(entry);
    byReference.set(reference, delivery);
  }
  for (const delivery of byReference.values()) {
    delivery.members.sort((a, b) => a.invoice.due_date.localeCompare(b.invoice.due_date) || a.invoice.number.localeCompare(b.invoice.number));
  }
  return [...byReference.values()];
}
