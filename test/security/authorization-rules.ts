/**
 * Who may call each operation: THE table the authorization matrix (authorization-matrix.test.ts)
 * checks against the running API. One line per mutation and query; a new operation without a line
 * fails the matrix. Pick a profile, or spell the outcome per caller.
 *
 * Outcomes: ALLOWED (gets past authorization; may still answer NOT_FOUND, BAD_USER_INPUT…),
 * UNAUTHENTICATED (must sign in) or FORBIDDEN (signed in, not entitled).
 */
export const ROLES = ['anonymous', 'creditorOfAnotherCompany', 'debtorMember', 'unverifiedClaimant', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';
export type Rule = Profile | Partial<Record<Role, Outcome>>;

/**
 * PUBLIC: anyone. SIGNED_IN: any signed-in user (their own company's data; which rows, is checked
 * per object by each feature). MODERATION: moderators and admins (the audit log). MODERATOR:
 * moderators only — an admin without the MODERATOR role is refused (claims, publications,
 * disputes are decided by moderators, DESIGN §7). ADMIN: admins only.
 * LINK_TOKEN: the debtor's signed-link flows; without a valid link token everyone is FORBIDDEN.
 * CREDENTIALS: log-in; wrong credentials are UNAUTHENTICATED whoever asks.
 * SIGNED_IN_NOT_MEMBER: needs a session, then a proof none of the callers here has (FORBIDDEN).
 */
export type Profile = 'PUBLIC' | 'SIGNED_IN' | 'MODERATION' | 'MODERATOR' | 'ADMIN' | 'LINK_TOKEN' | 'CREDENTIALS' | 'SIGNED_IN_NOT_MEMBER';

const PROFILES: Record<Profile, Record<Role, Outcome>> = {
  PUBLIC: { anonymous: 'ALLOWED', creditorOfAnotherCompany: 'ALLOWED', debtorMember: 'ALLOWED', unverifiedClaimant: 'ALLOWED', moderator: 'ALLOWED', admin: 'ALLOWED' },
  SIGNED_IN: { anonymous: 'UNAUTHENTICATED', creditorOfAnotherCompany: 'ALLOWED', debtorMember: 'ALLOWED', unverifiedClaimant: 'ALLOWED', moderator: 'ALLOWED', admin: 'ALLOWED' },
  MODERATION: { anonymous: 'UNAUTHENTICATED', creditorOfAnotherCompany: 'FORBIDDEN', debtorMember: 'FORBIDDEN', unverifiedClaimant: 'FORBIDDEN', moderator: 'ALLOWED', admin: 'ALLOWED' },
  MODERATOR: { anonymous: 'UNAUTHENTICATED', creditorOfAnotherCompany: 'FORBIDDEN', debtorMember: 'FORBIDDEN', unverifiedClaimant: 'FORBIDDEN', moderator: 'ALLOWED', admin: 'FORBIDDEN' },
  LINK_TOKEN: { anonymous: 'FORBIDDEN', creditorOfAnotherCompany: 'FORBIDDEN', debtorMember: 'FORBIDDEN', unverifiedClaimant: 'FORBIDDEN', moderator: 'FORBIDDEN', admin: 'FORBIDDEN' },
  CREDENTIALS: { anonymous: 'UNAUTHENTICATED', creditorOfAnotherCompany: 'UNAUTHENTICATED', debtorMember: 'UNAUTHENTICATED', unverifiedClaimant: 'UNAUTHENTICATED', moderator: 'UNAUTHENTICATED', admin: 'UNAUTHENTICATED' },
  SIGNED_IN_NOT_MEMBER: { anonymous: 'UNAUTHENTICATED', creditorOfAnotherCompany: 'FORBIDDEN', debtorMember: 'FORBIDDEN', unverifiedClaimant: 'FORBIDDEN', moderator: 'FORBIDDEN', admin: 'FORBIDDEN' },
  ADMIN: { anonymous: 'UNAUTHENTICATED', creditorOfAnotherCompany: 'FORBIDDEN', debtorMember: 'FORBIDDEN', unverifiedClaimant: 'FORBIDDEN', moderator: 'FORBIDDEN', admin: 'ALLOWED' },
};

export function expectedFor(rule: Rule, role: Role): Outcome {
  if (typeof rule === 'string') return PROFILES[rule][role];
  return rule[role] ?? 'ALLOWED';
}

export const AUTHORIZATION_RULES: Record<string, Rule> = {
  acceptPaymentPlan: 'SIGNED_IN',
  adjustWallet: 'ADMIN',
  adminCompanies: 'ADMIN',
  adminUsers: 'ADMIN',
  applyScenario: 'SIGNED_IN',
  approveMessage: 'SIGNED_IN',
  auditLog: 'MODERATION',
  bindScenarioToSegment: 'SIGNED_IN',
  buyTokenPack: 'SIGNED_IN',
  cancelInvoice: 'SIGNED_IN',
  changeInvoiceDueDate: 'SIGNED_IN',
  claimCompany: 'SIGNED_IN',
  company: 'PUBLIC',
  companyClaimQueue: 'MODERATOR',
  completeTask: 'SIGNED_IN',
  confirmCompanyClaim: 'SIGNED_IN',
  confirmDeclaredPayment: 'SIGNED_IN',
  confirmInstalmentPaid: 'SIGNED_IN',
  createInvoice: 'SIGNED_IN',
  dashboard: 'SIGNED_IN',
  debtorInvoicePage: 'LINK_TOKEN',
  debtorRequests: 'SIGNED_IN',
  debtorSegment: 'SIGNED_IN',
  decideCompanyClaim: 'MODERATOR',
  decidePublication: 'MODERATOR',
  declarePayment: 'LINK_TOKEN',
  declinePaymentPlan: 'SIGNED_IN',
  deleteMyAccount: 'SIGNED_IN_NOT_MEMBER', // the password must be confirmed (a wrong one is FORBIDDEN)
  disputeInvoice: 'SIGNED_IN',
  disputeInvoiceViaLink: 'LINK_TOKEN',
  disputeQueue: 'MODERATOR',
  endPaymentPlan: 'SIGNED_IN',
  importInvoices: 'SIGNED_IN',
  inviteMember: 'SIGNED_IN',
  invoice: 'SIGNED_IN',
  invoiceTimeline: 'SIGNED_IN',
  // then a verified membership of the active company: refused to the unverified and to platform staff without one
  invoicesAboutMyCompany: { anonymous: 'UNAUTHENTICATED', unverifiedClaimant: 'FORBIDDEN', moderator: 'FORBIDDEN', admin: 'FORBIDDEN' },
  invoices: 'SIGNED_IN',
  logIn: 'CREDENTIALS', // wrong credentials: UNAUTHENTICATED for everyone
  logOut: 'PUBLIC', // harmless when anonymous
  markInvoicePaid: 'SIGNED_IN',
  markKeyAccount: 'SIGNED_IN',
  me: 'PUBLIC', // null when anonymous
  myCompanyClaims: 'SIGNED_IN',
  myCompanyScore: 'SIGNED_IN',
  myPersonalData: 'SIGNED_IN',
  myPublicationRequests: 'SIGNED_IN',
  myRecommendations: 'SIGNED_IN',
  myTasks: 'SIGNED_IN',
  paymentSettings: 'SIGNED_IN',
  pendingApprovals: 'SIGNED_IN',
  previewScenario: 'SIGNED_IN',
  proposePaymentPlan: 'LINK_TOKEN',
  publicationQueue: 'MODERATOR',
  publicationReview: 'MODERATOR',
  publicationsAboutCompany: 'SIGNED_IN',
  receipts: 'SIGNED_IN',
  recommendCompany: 'SIGNED_IN',
  rejectDeclaredPayment: 'SIGNED_IN',
  rejectMessage: 'SIGNED_IN',
  reminderSettings: 'SIGNED_IN',
  removePublication: 'MODERATOR',
  removePublicationReply: 'MODERATOR',
  replyToPublication: 'SIGNED_IN',
  requestPublication: 'SIGNED_IN',
  resumeReminders: 'SIGNED_IN',
  ruleOnDispute: 'MODERATOR',
  saveScenario: 'SIGNED_IN',
  scenarios: 'SIGNED_IN',
  searchCompanies: 'PUBLIC',
  segmentBindings: 'SIGNED_IN',
  setModerator: 'ADMIN',
  signUp: 'PUBLIC', // open; its input is then validated
  stopRun: 'SIGNED_IN',
  suspendCreditor: 'ADMIN',
  switchCompany: 'SIGNED_IN_NOT_MEMBER', // refused unless the caller is a member of that company (none here is)
  team: 'SIGNED_IN',
  tokenPacks: 'SIGNED_IN',
  unsuspendCreditor: 'ADMIN',
  updatePaymentSettings: 'SIGNED_IN',
  updateReminderSettings: 'SIGNED_IN',
  upsertTokenPack: 'ADMIN',
  waivePublicationAnswerPeriod: 'SIGNED_IN',
  wallet: 'SIGNED_IN',
  walletCsv: 'SIGNED_IN',
  withdrawDispute: 'SIGNED_IN',
  withdrawPublication: 'SIGNED_IN',
  withdrawRecommendation: 'SIGNED_IN',
};
