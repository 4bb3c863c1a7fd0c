import { MemberRole, PlatformRole } from './roles.js';

/** Who is calling: the authenticated user and the company it currently acts for. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  platformRoles: readonly PlatformRole[];
  /** Null when the user belongs to no company yet. */
  /** `suspended`: a platform admin suspended this creditor (requireActiveCreditor refuses its writes). */
  activeCompany: { siren: string; role: MemberRole; suspended: boolean } | null;
}
