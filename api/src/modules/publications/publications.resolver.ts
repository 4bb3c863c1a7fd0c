import { UseGuards } from '@nestjs/common';
import { Args, Field, ObjectType, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInfoObject } from '../../common/graphql/page-info.object.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { CompanyObject } from '../companies/dtos/company.object.js';
import { validateSiren } from '../companies/domain/siren.js';
import { PublicationObject, PublicationReviewConnection, PublicationReviewObject, PublicPublicationObject } from './dtos/publication.dto.js';
import {
  DecidePublicationInput,
  ModeratePublicationInput,
  PublicationPageArgs,
  PublicPublicationsArgs,
  ReplyToPublicationInput,
  RequestPublicationInput,
  WaivePublicationAnswerPeriodInput,
  WithdrawPublicationInput,
} from './dtos/publication.inputs.js';
import { DisputeObject } from '../disputes/dtos/dispute.dto.js';
import { DisputeRulingsService } from './dispute-rulings.service.js';
import { DisputeReviewConnection, RuleOnDisputeInput } from './dtos/dispute-review.dto.js';
import { ModerationService } from './moderation.service.js';
import { PublicationsService } from './publications.service.js';

@ObjectType('PublicationConnection')
export class PublicationConnection {
  @Field(() => [PublicationObject])
  nodes!: PublicationObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

@Resolver()
@UseGuards(AuthGuard)
export class PublicationsResolver {
  constructor(
    private readonly publications: PublicationsService,
    private readonly moderation: ModerationService,
    private readonly rulings: DisputeRulingsService,
  ) {}

  @Query(() => DisputeReviewConnection, { description: 'Moderators: open disputes, oldest first, with the invoice, both parties, any publication of it and the creditor’s reliability.' })
  disputeQueue(@CurrentActor() actor: Actor, @Args() args: PublicationPageArgs): Promise<DisputeReviewConnection> {
    return this.rulings.queue(actor, args.first, args.after);
  }

  @Mutation(() => DisputeObject, {
    description:
      'Moderators: rules on an open dispute with a reason sent to both parties. Upheld: publications of the invoice are REMOVED and the invoice and its publications stop counting in the score entirely; rejected: the invoice is open again and the creditor may resume (resumeReminders).',
  })
  ruleOnDispute(@CurrentActor() actor: Actor, @Args('input') input: RuleOnDisputeInput): Promise<DisputeObject> {
    return this.rulings.rule(actor, input.disputeId, input.upheld, input.reason);
  }

  @Mutation(() => PublicationObject, {
    description:
      'Asks moderation to publish an unpaid invoice on the debtor’s profile. Refused (extensions.reason) unless: your company is verified (CREDITOR_NOT_VERIFIED), the invoice is open (INVOICE_NOT_OPEN), undisputed (INVOICE_DISPUTED), past due (INVOICE_NOT_PAST_DUE), an ULTIMATUM message was sent — not merely scheduled (ULTIMATUM_NOT_SENT) — warning that the invoice may be published (ULTIMATUM_WITHOUT_PUBLICATION_NOTICE) and its deadline has passed (ULTIMATUM_DEADLINE_NOT_PASSED), and no request is open (ALREADY_REQUESTED). Needs SETTLE_INVOICES and the invoice PDF uploaded first (POST /publications/evidence). The debtor’s contacts are told at once.',
  })
  requestPublication(@CurrentActor() actor: Actor, @Args('input') input: RequestPublicationInput): Promise<PublicationObject> {
    return this.publications.request(actor, input.invoiceId, input.statement, input.evidenceId);
  }

  @Mutation(() => PublicationObject, { description: 'The creditor withdraws its request or publication (an approved one’s score effect stays).' })
  withdrawPublication(@CurrentActor() actor: Actor, @Args('input') input: WithdrawPublicationInput): Promise<PublicationObject> {
    return this.publications.withdraw(actor, input.publicationId, input.reason);
  }

  @Mutation(() => PublicationObject, { description: 'Debtor (verified member): public reply shown beside the publication; once per publication, editable; no personal data nor insults.' })
  replyToPublication(@CurrentActor() actor: Actor, @Args('input') input: ReplyToPublicationInput): Promise<PublicationObject> {
    return this.publications.reply(actor, input.publicationId, input.text);
  }

  @Mutation(() => PublicationObject, { description: 'Debtor (verified member): lets moderation decide without waiting for the end of the answer period.' })
  waivePublicationAnswerPeriod(@CurrentActor() actor: Actor, @Args('input') input: WaivePublicationAnswerPeriodInput): Promise<PublicationObject> {
    return this.publications.waiveAnswerPeriod(actor, input.publicationId);
  }

  @Query(() => PublicationConnection, { description: 'Your company’s publication requests, newest first.' })
  async myPublicationRequests(@CurrentActor() actor: Actor, @Args() args: PublicationPageArgs): Promise<PublicationConnection> {
    const page = await this.publications.mine(actor, args.first, args.after);
    return { nodes: page.nodes, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Query(() => PublicationConnection, { description: 'Verified members: every publication request about your company, to reply, dispute or waive the answer period.' })
  async publicationsAboutCompany(@CurrentActor() actor: Actor, @Args('siren', { type: () => String }) siren: string, @Args() args: PublicationPageArgs): Promise<PublicationConnection> {
    const page = await this.publications.aboutCompany(actor, validateSiren(siren), args.first, args.after);
    return { nodes: page.nodes, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Query(() => PublicationReviewConnection, { description: 'Moderators: requests waiting for a decision, oldest first, with invoice, evidence, timeline, reply, dispute state and the creditor’s reliability.' })
  publicationQueue(@CurrentActor() actor: Actor, @Args() args: PublicationPageArgs): Promise<PublicationReviewConnection> {
    return this.moderation.queue(actor, args.first, args.after);
  }

  @Query(() => PublicationReviewObject, { description: 'Moderators: one publication, whatever its state.' })
  publicationReview(@CurrentActor() actor: Actor, @Args('id', { type: () => String }) id: string): Promise<PublicationReviewObject> {
    return this.moderation.review(actor, id);
  }

  @Mutation(() => PublicationReviewObject, {
    description:
      'Moderators: approves or rejects a request with a reason sent to both parties. Approval waits for the debtor’s answer period (ANSWER_PERIOD_OPEN) unless waived, is frozen by an open dispute (DISPUTE_OPEN), needs a second, different moderator for an unreliable creditor (the first approval leaves it REQUESTED), and is refused to a moderator belonging to either company (CONFLICT_OF_INTEREST).',
  })
  decidePublication(@CurrentActor() actor: Actor, @Args('input') input: DecidePublicationInput): Promise<PublicationReviewObject> {
    return this.moderation.decide(actor, input.publicationId, input.approve, input.reason);
  }

  @Mutation(() => PublicationReviewObject, { description: 'Moderators: takes an APPROVED or SETTLED publication down (REMOVED): no score effect at all, both parties told why.' })
  removePublication(@CurrentActor() actor: Actor, @Args('input') input: ModeratePublicationInput): Promise<PublicationReviewObject> {
    return this.moderation.remove(actor, input.publicationId, input.reason);
  }

  @Mutation(() => PublicationReviewObject, { description: 'Moderators: removes the debtor’s public reply (personal data, insults the automatic check missed); the debtor may write another.' })
  removePublicationReply(@CurrentActor() actor: Actor, @Args('input') input: ModeratePublicationInput): Promise<PublicationReviewObject> {
    return this.moderation.removeReply(actor, input.publicationId, input.reason);
  }
}

/** Public: Company.publications (no guard). */
@Resolver(() => CompanyObject)
export class CompanyPublicationsResolver {
  constructor(private readonly publications: PublicationsService) {}

  @ResolveField('publications', () => [PublicPublicationObject], {
    description: 'Unpaid invoices published after moderation (creditor, amount, due date, days unpaid, the debtor’s reply); settled ones stay marked as such for at most 48 hours.',
  })
  publicationsOf(@Parent() company: CompanyObject, @Args() args: PublicPublicationsArgs): Promise<PublicPublicationObject[]> {
    return this.publications.publicOf(company.siren, args.first);
  }
}
