import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { CLAIM_COMPANY, CONFIRM_CLAIM, DECIDE_CLAIM, verifyCompany } from '../../support/factories/company-claims.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { uniqueSuffix } from '../../support/unique.js';

const ME = `query { me { activeCompany { siren verified } } }`;
const QUEUE = `query { companyClaimQueue(first: 100) { edges { node { id siren claimantEmail note companyAlreadyVerified } } } }`;
const AUDIT = `query Audit($subjectId: String) { auditLog(subjectId: $subjectId) { nodes { action reason actorLabel } } }`;

describe('company claims', () => {
  let api: TestApi;
  let db: DataSource;
  let moderator: SignedUpCreditor;
  const clock = new FixedClock(new Date('2026-05-04T08:00:00Z'));

  beforeAll(async () => {
    api = await bootTestApi({ clock });
    db = api.app.get(DataSource);
    moderator = await signUpPlatformUser(api, 'MODERATOR');
  });
  afterAll(() => api.close());

  async function codeSentTo(email: string): Promise<string> {
    const [row] = (await db.query(`SELECT subject FROM notification_emails WHERE kind = 'CLAIM_CODE' AND to_address = $1 ORDER BY created_at DESC LIMIT 1`, [email])) as { subject: string }[];
    return /(\d{6})/.exec(row!.subject)![1]!;
  }

  it('leaves a company created at sign-up unverified', async () => {
    const sut = await signUpCreditor(api);
    expect((await sut.client.ok<{ me: { activeCompany: { verified: boolean } } }>(ME)).me.activeCompany.verified).toBe(false);
  });

  it('verifies a claim reviewed by a moderator, with the decision in the audit log, and lets the claimant see it', async () => {
    const sut = await signUpCreditor(api);
    const { claimCompany } = await sut.client.ok<{ claimCompany: { id: string; status: string } }>(CLAIM_COMPANY, {
      input: { siren: sut.siren, method: 'MODERATOR_REVIEW', note: 'Je suis la gérante.' },
    });
    expect(claimCompany.status).toBe('PENDING_REVIEW');
    const queue = await moderator.client.ok<{ companyClaimQueue: { edges: { node: { id: string; claimantEmail: string } }[] } }>(QUEUE);
    expect(queue.companyClaimQueue.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ id: claimCompany.id, claimantEmail: sut.email }));

    const decided = await moderator.client.ok<{ decideCompanyClaim: { status: string } }>(DECIDE_CLAIM, { input: { claimId: claimCompany.id, approve: true, reason: 'Kbis conforme.' } });
    expect(decided.decideCompanyClaim.status).toBe('VERIFIED');
    expect((await sut.client.ok<{ me: { activeCompany: { verified: boolean } } }>(ME)).me.activeCompany.verified).toBe(true);
    const audit = await moderator.client.ok<{ auditLog: { nodes: { action: string; reason: string | null; actorLabel: string }[] } }>(AUDIT, { subjectId: claimCompany.id });
    expect(audit.auditLog.nodes).toEqual([
      { action: 'CLAIM_VERIFIED', reason: 'Kbis conforme.', actorLabel: moderator.email },
      { action: 'CLAIM_REQUESTED', reason: null, actorLabel: sut.email },
    ]);
    const notices = (await db.query(`SELECT to_address FROM notification_emails WHERE subject_id = $1 AND kind = 'CLAIM_VERIFIED'`, [claimCompany.id])) as { to_address: string }[];
    expect(notices).toEqual([{ to_address: sut.email }]);
  });

  it('refuses claim decisions to creditors and to a moderator deciding its own claim', async () => {
    const claimant = await signUpCreditor(api);
    const { claimCompany } = await claimant.client.ok<{ claimCompany: { id: string } }>(CLAIM_COMPANY, { input: { siren: claimant.siren, method: 'MODERATOR_REVIEW' } });
    expect(await claimant.client.error(DECIDE_CLAIM, { input: { claimId: claimCompany.id, approve: true, reason: 'moi-même' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'PLATFORM_ROLE_REQUIRED' });
    expect(await claimant.client.error(QUEUE)).toMatchObject({ code: 'FORBIDDEN' });
    const { claimCompany: own } = await moderator.client.ok<{ claimCompany: { id: string } }>(CLAIM_COMPANY, { input: { siren: moderator.siren, method: 'MODERATOR_REVIEW' } });
    expect(await moderator.client.error(DECIDE_CLAIM, { input: { claimId: own.id, approve: true, reason: 'moi-même' } })).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_CLAIM' });
  });

  it('refuses a second open claim and a decision without a reason; a rejection is final', async () => {
    const claimant = await signUpCreditor(api);
    const { claimCompany } = await claimant.client.ok<{ claimCompany: { id: string } }>(CLAIM_COMPANY, { input: { siren: claimant.siren, method: 'MODERATOR_REVIEW' } });
    expect(await claimant.client.error(CLAIM_COMPANY, { input: { siren: claimant.siren, method: 'MODERATOR_REVIEW' } })).toMatchObject({ code: 'CONFLICT', reason: 'CLAIM_ALREADY_OPEN' });
    expect(await moderator.client.error(DECIDE_CLAIM, { input: { claimId: claimCompany.id, approve: false, reason: ' ' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    await moderator.client.ok(DECIDE_CLAIM, { input: { claimId: claimCompany.id, approve: false, reason: 'Aucun justificatif.' } });
    expect(await moderator.client.error(DECIDE_CLAIM, { input: { claimId: claimCompany.id, approve: true, reason: 'Finalement oui.' } })).toMatchObject({ code: 'CONFLICT', reason: 'CLAIM_NOT_PENDING' });
    expect((await claimant.client.ok<{ me: { activeCompany: { verified: boolean } } }>(ME)).me.activeCompany.verified).toBe(false);
  });

  it('verifies by a code sent to an address on the company’s own domain, once a moderator recorded that domain', async () => {
    const domain = `acme-${uniqueSuffix()}.fr`;
    const founder = await signUpCreditor(api);
    await verifyCompany(api, founder, domain);
    const colleague = await signUpCreditor(api);
    const input = { siren: founder.siren, method: 'EMAIL_CODE' };

    expect(await colleague.client.error(CLAIM_COMPANY, { input: { ...input, email: 'boss@gmail.com' } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_NOT_ON_COMPANY_DOMAIN' });
    expect(await colleague.client.error(CLAIM_COMPANY, { input: { ...input, email: `x@not${domain}` } })).toMatchObject({ reason: 'EMAIL_NOT_ON_COMPANY_DOMAIN' });
    const email = `compta@${domain}`;
    const { claimCompany } = await colleague.client.ok<{ claimCompany: { id: string; status: string } }>(CLAIM_COMPANY, { input: { ...input, email } });
    expect(claimCompany.status).toBe('PENDING_CODE');
    const code = await codeSentTo(email);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await colleague.client.error(CONFIRM_CLAIM, { input: { claimId: claimCompany.id, code: wrong } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' });
    const confirmed = await colleague.client.ok<{ confirmCompanyClaim: { status: string } }>(CONFIRM_CLAIM, { input: { claimId: claimCompany.id, code } });
    expect(confirmed.confirmCompanyClaim.status).toBe('VERIFIED');
    const [membership] = (await db.query(`SELECT role, verified_at IS NOT NULL AS verified FROM memberships WHERE user_id = $1 AND company_siren = $2`, [colleague.userId, founder.siren])) as unknown[];
    expect(membership).toEqual({ role: 'OWNER', verified: true });
  });

  it('refuses the code path while the company’s domain is unknown, an expired code, and a sixth attempt', async () => {
    const stranger = await signUpCreditor(api);
    expect(await stranger.client.error(CLAIM_COMPANY, { input: { siren: stranger.siren, method: 'EMAIL_CODE', email: 'a@b-corp.fr' } })).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_DOMAIN_UNKNOWN' });

    const domain = `corp-${uniqueSuffix()}.fr`;
    const founder = await signUpCreditor(api);
    await verifyCompany(api, founder, domain);
    const late = await signUpCreditor(api);
    const { claimCompany } = await late.client.ok<{ claimCompany: { id: string } }>(CLAIM_COMPANY, { input: { siren: founder.siren, method: 'EMAIL_CODE', email: `late@${domain}` } });
    const code = await codeSentTo(`late@${domain}`);
    for (let i = 0; i < 5; i += 1) await late.client.error(CONFIRM_CLAIM, { input: { claimId: claimCompany.id, code: code === '000000' ? '111111' : '000000' } });
    expect(await late.client.error(CONFIRM_CLAIM, { input: { claimId: claimCompany.id, code } })).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });

    const slow = await signUpCreditor(api);
    const { claimCompany: slowClaim } = await slow.client.ok<{ claimCompany: { id: string } }>(CLAIM_COMPANY, { input: { siren: founder.siren, method: 'EMAIL_CODE', email: `slow@${domain}` } });
    const slowCode = await codeSentTo(`slow@${domain}`);
    clock.advanceDays(1);
    expect(await slow.client.error(CONFIRM_CLAIM, { input: { claimId: slowClaim.id, code: slowCode } })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_EXPIRED' });
  });

  it('verifies a member invited by a verified member, not one invited by an unverified member', async () => {
    const { inviteMember } = await import('../../support/factories/accounts.js');
    const verifiedOwner = await signUpCreditor(api);
    await verifyCompany(api, verifiedOwner);
    const invited = await inviteMember(api, verifiedOwner, 'ACCOUNTING');
    expect((await invited.client.ok<{ me: { activeCompany: { verified: boolean } } }>(ME)).me.activeCompany.verified).toBe(true);
    const unverifiedOwner = await signUpCreditor(api);
    const invited2 = await inviteMember(api, unverifiedOwner, 'ACCOUNTING');
    expect((await invited2.client.ok<{ me: { activeCompany: { verified: boolean } } }>(ME)).me.activeCompany.verified).toBe(false);
  });
});
