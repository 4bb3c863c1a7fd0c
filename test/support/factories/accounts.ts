import type { TestApi } from '../boot-api.js';
import type { GraphQLClient } from '../graphql-client.js';
import { uniqueEmail, uniqueSiren, uniqueSuffix } from '../unique.js';

export const TEST_PASSWORD = 'correct horse battery';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id activeCompany { siren role } } }`;

export interface SignedUpCreditor {
  /** Logged in (the session cookie is in its jar), acting for `siren` as OWNER. */
  client: GraphQLClient;
  siren: string;
  userId: string;
  email: string;
}

/** Signs a new user up through the real `signUp` mutation, as OWNER of a new creditor company. */
export async function signUpCreditor(
  api: TestApi,
  overrides: { email?: string; companySiren?: string; companyName?: string; fullName?: string } = {},
): Promise<SignedUpCreditor> {
  const client = api.client();
  const input = {
    email: overrides.email ?? uniqueEmail('creditor'),
    password: TEST_PASSWORD,
    fullName: overrides.fullName ?? 'Camille Martin',
    companySiren: overrides.companySiren ?? uniqueSiren(),
    companyName: overrides.companyName ?? `Créancière Zxqv ${uniqueSuffix()}`,
  };
  const data = await client.ok<{ signUp: { id: string; activeCompany: { siren: string } } }>(SIGN_UP, { input });
  return { client, siren: data.signUp.activeCompany.siren, userId: data.signUp.id, email: input.email };
}

const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;

/** A member of `owner`'s company with `role`, joined through the real invitation flow and logged in. */
export async function inviteMember(api: TestApi, owner: SignedUpCreditor, role: 'OWNER' | 'ACCOUNTING' | 'SALES' | 'SUPPORT'): Promise<SignedUpCreditor> {
  const email = uniqueEmail(role.toLowerCase());
  const { inviteMember: invitation } = await owner.client.ok<{ inviteMember: { token: string } }>(INVITE, { input: { email, role } });
  const client = api.client();
  const data = await client.ok<{ signUp: { id: string } }>(SIGN_UP, {
    input: { email, password: TEST_PASSWORD, fullName: `Membre ${role}`, invitationToken: invitation.token },
  });
  return { client, siren: owner.siren, userId: data.signUp.id, email };
}
