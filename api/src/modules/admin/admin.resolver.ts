import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requirePlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { AdminCompaniesService } from './admin-companies.service.js';
import { AdminUsersService } from './admin-users.service.js';
import {
  AdminCompanyConnection,
  AdminCompanyObject,
  AdminUserConnection,
  AdminUserObject,
  CreditorSuspensionInput,
  SetModeratorInput,
} from './dtos/admin.dto.js';

/** The platform console (ADMIN only). Wallet adjustments and the pack catalogue live in tokens. */
@Resolver()
@UseGuards(AuthGuard)
export class AdminResolver {
  constructor(
    private readonly users: AdminUsersService,
    private readonly companies: AdminCompaniesService,
  ) {}

  @Query(() => AdminUserConnection, { description: 'Admins: accounts whose e-mail or name contains the query.' })
  adminUsers(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String }) query: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AdminUserConnection> {
    requirePlatformRole(actor, PlatformRole.ADMIN);
    return this.users.find(query, first, after);
  }

  @Query(() => AdminCompanyConnection, { description: 'Admins: a company by SIREN, or companies with an account by name.' })
  adminCompanies(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String }) query: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AdminCompanyConnection> {
    requirePlatformRole(actor, PlatformRole.ADMIN);
    return this.companies.find(query, first, after);
  }

  @Mutation(() => AdminUserObject, { description: 'Admins: grant or revoke MODERATOR, with a reason (audited).' })
  setModerator(@CurrentActor() actor: Actor, @Args('input') input: SetModeratorInput): Promise<AdminUserObject> {
    requirePlatformRole(actor, PlatformRole.ADMIN);
    return this.users.setModerator(actor, input);
  }

  @Mutation(() => AdminCompanyObject, { description: 'Admins: suspend a creditor (no new invoices, scenarios or publications), audited.' })
  suspendCreditor(@CurrentActor() actor: Actor, @Args('input') input: CreditorSuspensionInput): Promise<AdminCompanyObject> {
    requirePlatformRole(actor, PlatformRole.ADMIN);
    return this.companies.suspend(actor, input);
  }

  @Mutation(() => AdminCompanyObject, { description: 'Admins: lift a suspension, with a reason (audited).' })
  unsuspendCreditor(@CurrentActor() actor: Actor, @Args('input') input: CreditorSuspensionInput): Promise<AdminCompanyObject> {
    requirePlatformRole(actor, PlatformRole.ADMIN);
    return this.companies.unsuspend(actor, input);
  }
}
