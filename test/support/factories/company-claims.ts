import type { TestApi } from '../boot-api.js';
import type { SignedUpCreditor } from './accounts.js';
import { signUpPlatformUser } from './platform-users.js';

export const CLAIM_COMPANY = `mutation Claim($input: ClaimCompanyInput!) { claimCompany(input: $input) { id siren status method email } }`;
export const CONFIRM_CLAIM = `mutation Confirm($input: ConfirmCompanyClaimInput!) { confirmCompanyClaim(input: $input) { id status } }`;
export const DECIDE_CLAIM = `mutation Decide($input: DecideCompanyClaimInput!) { decideCompanyClaim(input: $input) { id status decisionReason } }`;

let moderator: Promise<SignedUpCreditor> | null = null;
let moderatorApi: TestApi | null = null;

/** One moderator per test API, created on first use. */
async function moderatorOf(api: TestApi): Promise<SignedUpCreditor> {
  if (moderatorApi !== api || !moderator) {
    moderatorApi = api;
    moderator = signUpPlatformUser(api, 'MODERATOR');
  }
  return moderator;
}

/**
 * Verifies `member`'s company the product's own way: a MODERATOR_REVIEW claim by the member,
 * approved by a moderator. Signing up with a SIREN alone leaves the membership unverified.
 */
export async function verifyCompany(api: TestApi, member: SignedUpCreditor, emailDomain?: string): Promise<void> {
  const { claimCompany } = await member.client.ok<{ claimCompany: { id: string } }>(CLAIM_COMPANY, {
    input: { siren: member.siren, method: 'MODERATOR_REVIEW', note: 'Gérante, Kbis envoyé au support.' },
  });
  const mod = await moderatorOf(api);
  await mod.client.ok(DECIDE_CLAIM, { input: { claimId: claimCompany.id, approve: true, reason: 'Kbis conforme.', ...(emailDomain ? { emailDomain } : {}) } });
}
