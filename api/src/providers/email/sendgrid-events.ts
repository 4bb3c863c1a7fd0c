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
  timestamp?: number;
}

/** Vendor vocabulary → ours, in one place; null = nothing to record (processed, deferred, open, click…). */
export function sendgridOutcome(event: string | undefined): DeliveryOutcome | null {
  switch (event) {
    case 'delivered':
      return 'DELIVERED';
    case 'bounce':
    case 'dropped':
    case 'blocked':
      return 'FAILED';
    default:
      return null;
  }
}
