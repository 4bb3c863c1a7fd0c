import { createPublicKey, verify } from 'node:crypto';
import { DeliveryOutcome } from '../delivery-outcome.js';

/**
 * SendGrid's signed event webhook. The signature is ECDSA (P-256, SHA-256) over the timestamp
 * header followed by the raw body; the public key is base64 DER (SPKI), as the SendGrid console
 * shows it. Verified with node:crypto, so @sendgrid/eventwebhook is not needed.
 */
export const SENDGRID_SIGNATURE_HEADER = 'x-twilio-email-event-webhook-signature';
export const SENDGRID_TIMESTAMP_HEADER = 'x-twilio-email-event-webhook-timestamp';

export function verifySendgridSignature(publicKeyBase64: string, rawBody: Buffer, signatureBase64: string, timestamp: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return verify('sha256', Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

/** One event of the batch SendGrid posts; `message_id` is our custom arg. */
export interface SendgridEvent {
  event?: string;
  sg_event_id?: string;
  sg_message_id?: string;
  message_id?: string;
  reason?: string;
  /** bounce: the SMTP status the receiving server answered (e.g. 5.1.1). */
  status?: string;
  /** bounce: `bounce` (refused) or `blocked` (the receiving server would not take it). */
  type?: string;
  timestamp?: number;
}

/**
 * Vendor vocabulary → ours, in one place (SendGrid Event Webhook reference). Delivery events:
 * processed, deferred (SendGrid retries), delivered, bounce (with `type` bounce or blocked), dropped.
 * Engagement and account events (open, click, spamreport, unsubscribe, group_unsubscribe,
 * group_resubscribe…) say nothing of delivery. null = nothing to record.
 */
export function sendgridOutcome(event: string | undefined): DeliveryOutcome | null {
  switch (event) {
    case 'delivered':
      return 'DELIVERED';
    case 'bounce':
    case 'dropped':
      return 'FAILED';
    default:
      return null;
  }
}

/** What the timeline shows for a failed e-mail: the event, the SMTP status of a bounce, SendGrid's reason. */
export function sendgridFailureReason(event: SendgridEvent): string {
  const kind = event.event === 'bounce' && event.type === 'blocked' ? 'blocked' : (event.event ?? 'failed');
  const head = ['SendGrid', kind, event.status].filter(Boolean).join(' ');
  return event.reason ? `${head} : ${event.reason}` : head;
}
