import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardPeriodInput } from './dtos/dashboard-period.input.js';
import { DashboardObject } from './dtos/dashboard.object.js';

@Resolver(() => DashboardObject)
@UseGuards(AuthGuard)
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Query(() => DashboardObject, { description: "The active creditor company's receivables over a period (definitions on the Dashboard type and in the README)." })
  dashboard(@CurrentActor() actor: Actor, @Args('period') period: DashboardPeriodInput): Promise<DashboardObject> {
    const { siren } = requireCreditor(actor, 'READ_INVOICES');
    return this.service.dashboard(siren, period);
  }
}
