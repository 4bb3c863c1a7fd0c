/** GraphQL documents of the debtor's page and the creditor's answers, shared by this folder's tests. */
export const PAGE = `query Page($token: String!) { debtorInvoicePage(token: $token) {
  creditorName debtorName invoiceNumber amountCents currency dueDate daysLate status paymentUrl paymentInstructions currentScore scoreGainIfPaidToday linkExpiresAt
  pendingDeclaration { id paidOn status } proposedPlan { id status instalments { dueDate amountCents } } openDisputeReason } }`;
export const DECLARE = `mutation Declare($input: DeclarePaymentInput!) { declarePayment(input: $input) { id invoiceId paidOn note status } }`;
export const PROPOSE = `mutation Propose($input: ProposePaymentPlanInput!) { proposePaymentPlan(input: $input) { id status instalments { dueDate amountCents } } }`;
export const DISPUTE = `mutation Dispute($input: DisputeViaLinkInput!) { disputeInvoiceViaLink(input: $input) { id status openedVia } }`;
export const CONFIRM = `mutation Confirm($input: DecideDeclaredPaymentInput!) { confirmDeclaredPayment(input: $input) { id status } }`;
export const REJECT = `mutation Reject($input: DecideDeclaredPaymentInput!) { rejectDeclaredPayment(input: $input) { id status } }`;
export const ACCEPT = `mutation Accept($input: DecidePaymentPlanInput!) { acceptPaymentPlan(input: $input) { id status } }`;
export const DECLINE = `mutation Decline($input: DecidePaymentPlanInput!) { declinePaymentPlan(input: $input) { id status } }`;
export const REQUESTS = `query { debtorRequests { declaredPayments { id invoiceId paidOn } paymentPlans { id invoiceId } } }`;
export const SETTINGS = `mutation Settings($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { paymentUrl paymentInstructions } }`;
export const EVENTS = `query Timeline($invoiceId: ID!) { invoiceTimeline(invoiceId: $invoiceId) { events { kind actor details } } }`;
