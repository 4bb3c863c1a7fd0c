import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { MemberRole } from '../auth/domain/roles.js';
import { PendingInvitationObject, TeamMemberObject, TeamObject } from './dtos/team.object.js';

/** Who acts for a company, and who was invited to: what the team page lists. */
@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async team(siren: string): Promise<TeamObject> {
    const [members, invitations] = (await Promise.all([
      this.dataSource.query(
        `SELECT u.id AS "userId", u.full_name AS "fullName", u.email, m.role, m.created_at AS "joinedAt"
           FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.company_siren = $1
          ORDER BY (m.role = 'OWNER') DESC, lower(u.full_name), u.id`,
        [siren],
      ),
      this.dataSource.query(
        `SELECT i.email, i.role, COALESCE(u.full_name, 'Compte supprimé') AS "invitedBy", i.expires_at AS "expiresAt"
           FROM invitations i LEFT JOIN users u ON u.id = i.invited_by
          WHERE i.company_siren = $1 AND i.accepted_at IS NULL AND i.expires_at > $2
          ORDER BY i.expires_at, i.email`,
        [siren, this.clock.now()],
      ),
    ])) as [(TeamMemberObject & { role: MemberRole })[], PendingInvitationObject[]];
    return { members, invitations };
  }
}
