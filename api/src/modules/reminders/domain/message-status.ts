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

/** What a provider webhook may report; mapped from each vendor's vocabulary in its adapter. */
export type DeliveryOutcome = 'DELIVERED' | 'FAILED';

/** A webhook outcome applies to a message the provider has (or may have) accepted. */
export const DELIVERY_UPDATABLE: readonly MessageStatus[] = ['SENDING', 'SENT', 'UNKNOWN', 'DELIVERED'];
