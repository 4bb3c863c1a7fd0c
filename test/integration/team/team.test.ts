import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { inviteMember, signUpCreditor } from '../../support/factories/accounts.js';
import { uniqueEmail } from '../../support/unique.js';

const TEAM = `query { team { members { userId fullName email role } invitations { email role invitedBy expiresAt } } }`;
const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { email } }`;

interface Team {
  members: { userId: string; fullName: string; email: string; role: string }[];
  invitations: { email: string; role: string; invitedBy: string; expiresAt: string }[];
}

describe('team', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await bootTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists the members, owners first, and the invitations not yet accepted, to every member of the company only', async () => {
    const owner = await signUpCreditor(api, { fullName: 'Zoé Responsable' });
    const accounting = await inviteMember(api, owner, 'ACCOUNTING');
    const pending = uniqueEmail('pending');
    await owner.client.ok(INVITE, { input: { email: pending, role: 'SALES' } });

    const sut = (await accounting.client.ok<{ team: Team }>(TEAM)).team;
    expect(sut.members).toEqual([
      { userId: owner.userId, fullName: 'Zoé Responsable', email: owner.email, role: 'OWNER' },
      { userId: accounting.userId, fullName: 'Membre ACCOUNTING', email: accounting.email, role: 'ACCOUNTING' },
    ]);
    expect(sut.invitations).toEqual([{ email: pending, role: 'SALES', invitedBy: 'Zoé Responsable', expiresAt: expect.any(String) }]);

    const stranger = await signUpCreditor(api);
    const theirs = (await stranger.client.ok<{ team: Team }>(TEAM)).team;
    expect(theirs.members.map((m) => m.userId)).toEqual([stranger.userId]);
    expect(theirs.invitations).toEqual([]);
    expect((await api.client().error(TEAM)).code).toBe('UNAUTHENTICATED');
  });
});
