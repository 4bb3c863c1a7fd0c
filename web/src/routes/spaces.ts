import type { Me } from '../features/auth/graphql/fragments/me.fragment';
import { creditorSpace } from './creditor/creditor-space';
import { debtorSpace } from './debtor/debtor-space';
import { moderationSpace } from './moderation/moderation-space';
import type { Space } from './space';

/** Every private space, in the order the header lists them. */
export const SPACES: readonly Space[] = [creditorSpace, debtorSpace, moderationSpace];

export function spacesFor(me: Me): Space[] {
  return SPACES.filter((space) => space.canEnter(me));
}

/**
 * Where a user lands after logging in when nothing asked for a page: the moderator console for
 * moderators (their daily work), else their first space.
 */
export function homeFor(me: Me): string {
  const spaces = spacesFor(me);
  return (spaces.find((space) => space.id === 'moderation') ?? spaces[0])?.root ?? '/';
}
