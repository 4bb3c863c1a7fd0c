/** What the debtor's page lets it do, from the invoice's state. */
export interface DebtorPageState {
  invoiceStatus: string;
  pendingDeclaration: boolean;
  proposedPlan: boolean;
}

export type DebtorActionRefusal = 'INVOICE_NOT_OPEN' | 'REQUEST_PENDING';

/**
 * One question to the creditor at a time: while a declared payment or a proposed plan awaits its
 * answer, the debtor may still dispute (that is its right) but not pile up other requests.
 */
export function refusalOf(state: DebtorPageState, action: 'DECLARE_PAYMENT' | 'PROPOSE_PLAN' | 'DISPUTE'): DebtorActionRefusal | null {
  if (state.invoiceStatus !== 'OPEN') return 'INVOICE_NOT_OPEN';
  if (action !== 'DISPUTE' && (state.pendingDeclaration || state.proposedPlan)) return 'REQUEST_PENDING';
  return null;
}
