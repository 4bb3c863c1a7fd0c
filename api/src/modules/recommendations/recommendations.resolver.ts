import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { CompanyObject } from '../companies/dtos/company.object.js';
import { InvoiceObject } from '../invoices/dtos/invoice.object.js';
import { requestBatch } from '../scores/request-batch.js';
import { isAnonymous } from '../profile-cache/anonymous.js';
import { ProfileCache } from '../profile-cache/profile-cache.service.js';
import { RecommendationConnection, RecommendationObject, RecommendationsArgs, RecommendCompanyInput, WithdrawRecommendationInput } from './dtos/recommendation.dto.js';
import { RecommendationsService } from './recommendations.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class RecommendationsResolver {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Mutation(() => RecommendationObject, {
    description:
      'Recommends a client publicly (needs a verified company and at least one invoice to that client; e.g. from the invoice page at the due date). Sending it again edits the text. The client is told by e-mail.',
  })
  recommendCompany(@CurrentActor() actor: Actor, @Args('input') input: RecommendCompanyInput): Promise<RecommendationObject> {
    return this.recommendations.recommend(actor, input.siren, input.message);
  }

  @Mutation(() => RecommendationObject, { description: 'Withdraws your active recommendation of a client; it leaves its public profile and stops counting in its score.' })
  withdrawRecommendation(@CurrentActor() actor: Actor, @Args('input') input: WithdrawRecommendationInput): Promise<RecommendationObject> {
    return this.recommendations.withdraw(actor, input.siren);
  }

  @Query(() => [RecommendationObject], { description: 'The active recommendations your company gives.' })
  myRecommendations(@CurrentActor() actor: Actor): Promise<RecommendationObject[]> {
    return this.recommendations.given(actor);
  }
}

/** Public: Company.recommendations (no guard). */
@Resolver(() => CompanyObject)
export class CompanyRecommendationsResolver {
  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly profiles: ProfileCache,
  ) {}

  @ResolveField('recommendations', () => RecommendationConnection, { description: 'Active recommendations from creditors, newest first, with their name and date.' })
  recommendationsOf(@Parent() company: CompanyObject, @Args() args: RecommendationsArgs, @Context('req') req: unknown): Promise<RecommendationConnection> {
    const load = (): Promise<RecommendationConnection> => this.recommendations.ofCompany(company.siren, args.first, args.after);
    // The first page as the public sees it; it also shows the recommenders' names (their tags).
    if (!isAnonymous(req) || args.after) return load();
    return this.profiles.get(`recommendations:${args.first ?? 'default'}`, company.siren, load, (page) => page.edges.map((edge) => edge.node.creditor.siren));
  }
}

/** Invoice.debtorRecommendation: lets the invoice page offer « Recommander » or « Modifier » (one query per page). */
@Resolver(() => InvoiceObject)
@UseGuards(AuthGuard)
export class InvoiceRecommendationResolver {
  constructor(private readonly recommendations: RecommendationsService) {}

  @ResolveField('debtorRecommendation', () => RecommendationObject, { nullable: true, description: 'Your company’s active recommendation of this invoice’s debtor, if any (recommendCompany gives or edits it).' })
  async debtorRecommendation(@Parent() invoice: InvoiceObject, @CurrentActor() actor: Actor, @Context('req') req: object): Promise<RecommendationObject | null> {
    const { siren } = requireCreditor(actor, 'READ_INVOICES');
    const batch = requestBatch(req, `invoice-debtor-recommendation:${siren}`, (debtors) => this.recommendations.activeOf(siren, debtors));
    return (await batch.load(invoice.debtor.siren)) ?? null;
  }
}
