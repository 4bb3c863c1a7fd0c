import { Module } from '@nestjs/common';
import { TeamResolver } from './team.resolver.js';
import { TeamService } from './team.service.js';

/** Read side of a company's team (invitations and sign-up live in the auth module). */
@Module({ providers: [TeamService, TeamResolver] })
export class TeamModule {}
