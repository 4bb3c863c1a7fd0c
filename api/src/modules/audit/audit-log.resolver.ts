import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requirePlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditEntryConnection } from './dtos/audit-entry.object.js';
import { AuditLogArgs } from './dtos/audit-log.args.js';

@Resolver()
@UseGuards(AuthGuard)
export class AuditLogResolver {
  constructor(private readonly entries: AuditLogService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (moderators and admins).' })
  async auditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs): Promise<AuditEntryConnection> {
    requirePlatformRole(actor, PlatformRole.MODERATOR, PlatformRole.ADMIN);
    const page = await this.entries.list(args);
    return {
      nodes: page.rows.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        actorLabel: row.actor_label,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        reason: row.reason,
        detailsJson: JSON.stringify(row.details),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }
}
