import { MemberRole, PlatformRole } from './roles.js';

/** Who is calling: the authenticated user and the company it currently acts for. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  platformRoles: readonly PlatformRole[];
  /** Null when the user belongs to no company yet. */
  activeCompany: { siren: string; role: MemberRole } | null;
}
