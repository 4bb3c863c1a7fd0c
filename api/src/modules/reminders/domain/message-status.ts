/** The outbox row's life (DESIGN §2, §4). */
export type MessageStatus =
  | 'SCHEDULED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT'
  | 'DELIVERED'
  | 'FAILED'
  | 'CANCELLED'
  | 'SKIPPED'
  | 'UNKNOWN'
  | 'NOT_CONFIGURED'
  | 'AWAITING_APPROVAL';

export const MESSAGE_STATUSES: readonly MessageStatus[] = ['SCHEDULED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED', 'SKIPPED', 'UNKNOWN', 'NOT_CONFIGURED', 'AWAITING_APPROVAL'];

/** Not yet handed to a provider: a stop, a payment or a cancellation may still withdraw them. */
export const PENDING_STATUSES: readonly MessageStatus[] = ['SCHEDULED', 'QUEUED', 'NOT_CONFIGURED', 'AWAITING_APPROVAL'];

export type RunStatus = 'ACTIVE' | 'PAUSED' | 'STOPPED' | 'COMPLETED';

