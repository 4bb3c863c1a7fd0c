import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token of a debtor link: base64url of 16 bytes (the invoice id) + 4 bytes (expiry, Unix
 * seconds) + 12 bytes (HMAC-SHA256 of those 20 bytes, truncated: 96 bits is plenty against forgery
 * and keeps an SMS short). 43 characters, no account, nothing stored: the signature is the proof.
 */
const PAYLOAD_BYTES = 20;
const SIGNATURE_BYTES = 12;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LinkRefusal = 'LINK_MALFORMED' | 'LINK_FORGED' | 'LINK_EXPIRED';
export type LinkCheck = { ok: true; invoiceId: string; expiresAt: Date } | { ok: false; refusal: LinkRefusal };

function signature(payload: Buffer, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

export function signLinkToken(invoiceId: string, expiresAt: Date, secret: string): string {
  if (!UUID.test(invoiceId)) throw new Error(`not an invoice id: ${invoiceId}`);
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  Buffer.from(invoiceId.replace(/-/g, ''), 'hex').copy(payload, 0);
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 16);
  return Buffer.concat([payload, signature(payload, secret)]).toString('base64url');
}

/** Signature first (a forged token learns nothing, not even whether it expired), then expiry. */
export function verifyLinkToken(token: string, secret: string, now: Date): LinkCheck {
  if (!TOKEN.test(token)) return { ok: false, refusal: 'LINK_MALFORMED' };
  const bytes = Buffer.from(token, 'base64url');
  // Canonical form only: the last character's two unused bits must be zero, so one link has one spelling.
  if (bytes.length !== PAYLOAD_BYTES + SIGNATURE_BYTES || bytes.toString('base64url') !== token) return { ok: false, refusal: 'LINK_MALFORMED' };
  const payload = bytes.subarray(0, PAYLOAD_BYTES);
  if (!timingSafeEqual(bytes.subarray(PAYLOAD_BYTES), signature(payload, secret))) return { ok: false, refusal: 'LINK_FORGED' };
  const expiresAt = new Date(payload.readUInt32BE(16) * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, refusal: 'LINK_EXPIRED' };
  const hex = payload.subarray(0, 16).toString('hex');
  return { ok: true, invoiceId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, expiresAt };
}

/** The page's address as sent in a message. */
export function debtorLinkUrl(publicWebUrl: string, token: string): string {
  return `${publicWebUrl.replace(/\/+$/, '')}/r/${token}`;
}
