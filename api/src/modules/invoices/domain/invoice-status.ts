/** Lifecycle of an invoice (DESIGN §2). */
export enum InvoiceStatus {
  OPEN = 'OPEN',
  PAID = 'PAID',
  DISPUTED = 'DISPUTED',
  CANCELLED = 'CANCELLED',
}
