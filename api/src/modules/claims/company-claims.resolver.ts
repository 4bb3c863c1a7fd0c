import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { CompanyClaimsService } from './company-claims.service.js';
import {
  ClaimCompanyInput,
  ClaimQueueArgs,
  CompanyClaimObject,
  CompanyClaimReviewConnection,
  ConfirmCompanyClaimInput,
  DecideCompanyClaimInput,
} from './dtos/company-claim.dto.js';

@Resolver()
@UseGuards(AuthGuard)
export class CompanyClaimsResolver {
  constructor(private readonly claims: CompanyClaimsService) {}

  @Mutation(() => CompanyClaimObject, {
    description:
      'Asks to speak for a company. EMAIL_CODE sends a code to an address on the company’s known domain (confirm with confirmCompanyClaim); MODERATOR_REVIEW waits for a moderator. Once verified you may reply, dispute, see myCompanyScore and, as a creditor, recommend or request publications.',
  })
  claimCompany(@CurrentActor() actor: Actor, @Args('input') input: ClaimCompanyInput): Promise<CompanyClaimObject> {
    return this.claims.claim(actor, input);
  }

  @Mutation(() => CompanyClaimObject, { description: 'Confirms an EMAIL_CODE claim with the code received (5 attempts, 30 minutes).' })
  confirmCompanyClaim(@CurrentActor() actor: Actor, @Args('input') input: ConfirmCompanyClaimInput): Promise<CompanyClaimObject> {
    return this.claims.confirm(actor, input.claimId, input.code);
  }

  @Query(() => [CompanyClaimObject], { description: 'Your company claims, newest first.' })
  myCompanyClaims(@CurrentActor() actor: Actor): Promise<CompanyClaimObject[]> {
    return this.claims.listMine(actor);
  }

  @Query(() => CompanyClaimReviewConnection, { description: 'Moderators: claims waiting for a review, oldest first.' })
  companyClaimQueue(@CurrentActor() actor: Actor, @Args() args: ClaimQueueArgs): Promise<CompanyClaimReviewConnection> {
    return this.claims.reviewQueue(actor, args.first, args.after);
  }

  @Mutation(() => CompanyClaimObject, { description: 'Moderators: approves or rejects a claim waiting for review, with a reason sent to the claimant.' })
  decideCompanyClaim(@CurrentActor() actor: Actor, @Args('input') input: DecideCompanyClaimInput): Promise<CompanyClaimObject> {
    return this.claims.decide(actor, input);
  }
}
