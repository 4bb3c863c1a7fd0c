import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { TeamObject } from './dtos/team.object.js';
import { TeamService } from './team.service.js';

@Resolver(() => TeamObject)
@UseGuards(AuthGuard)
export class TeamResolver {
  constructor(private readonly service: TeamService) {}

  @Query(() => TeamObject, { description: "The active company's members and pending invitations (any member; inviting needs MANAGE_TEAM)." })
  team(@CurrentActor() actor: Actor): Promise<TeamObject> {
    return this.service.team(requireCreditor(actor, 'READ_INVOICES').siren);
  }
}
