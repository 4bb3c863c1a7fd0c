import type { Me } from '../features/auth/graphql/fragments/me.fragment';

export interface SpaceLink {
  to: string;
  label: string;
  /** Active only on this exact path (for a space's home). */
  end?: boolean;
}

/**
 * A private area of the site (creditor, debtor, moderator): where it lives, its own navigation,
 * and who may enter it. The header lists the spaces `me` may enter.
 */
export interface Space {
  id: 'creditor' | 'debtor' | 'moderation';
  label: string;
  navLabel: string;
  root: string;
  links: readonly SpaceLink[];
  canEnter: (me: Me) => boolean;
}

export function isModerator(me: Me): boolean {
  return me.platformRoles.includes('MODERATOR') || me.platformRoles.includes('ADMIN');
}
