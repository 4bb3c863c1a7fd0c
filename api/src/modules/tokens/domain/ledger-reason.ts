/** Why a wallet moved; with `reference`, the key that makes every movement happen at most once. */
export enum LedgerReason {
  /** Free tokens of a new creditor company; reference = the company's SIREN. */
  SIGNUP_GRANT = 'SIGNUP_GRANT',
  /** A paid token pack; reference = the purchase id. */
  PACK_PURCHASE = 'PACK_PURCHASE',
  /** One invoice put under a scenario; reference = the reminder run id. */
  INVOICE_PROCESSING = 'INVOICE_PROCESSING',
  /** A run cancelled before any message left; reference = the reminder run id. */
  REFUND = 'REFUND',
  /** A platform admin's correction, with a written reason. */
  ADJUSTMENT = 'ADJUSTMENT',
}
