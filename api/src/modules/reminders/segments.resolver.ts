import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { BindScenarioToSegmentInput, DebtorSegmentObject, KeyAccountObject, MarkKeyAccountInput, SegmentBindingObject } from './dtos/segments.dto.js';
import { SegmentsService } from './segments.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class SegmentsResolver {
  constructor(private readonly segments: SegmentsService) {}

  @Query(() => [SegmentBindingObject], { description: 'The scenario each client segment gets when applyScenario is given none.' })
  segmentBindings(@CurrentActor() actor: Actor): Promise<SegmentBindingObject[]> {
    return this.segments.bindings(requireCreditor(actor, 'READ_INVOICES').siren);
  }

  @Query(() => DebtorSegmentObject, { description: "The segment of the invoice's debtor for the active company, and why." })
  debtorSegment(@CurrentActor() actor: Actor, @Args('invoiceId', { type: () => ID }) invoiceId: string): Promise<DebtorSegmentObject> {
    return this.segments.debtorSegment(requireCreditor(actor, 'READ_INVOICES').siren, invoiceId);
  }

  @Mutation(() => SegmentBindingObject)
  bindScenarioToSegment(@CurrentActor() actor: Actor, @Args('input') input: BindScenarioToSegmentInput): Promise<SegmentBindingObject> {
    return this.segments.bind(requireCreditor(actor, 'CREATE_INVOICES').siren, input.segment, input.scenarioId);
  }

  @Mutation(() => KeyAccountObject, { description: "Adds a debtor to (or removes it from) the active company's key accounts." })
  markKeyAccount(@CurrentActor() actor: Actor, @Args('input') input: MarkKeyAccountInput): Promise<KeyAccountObject> {
    return this.segments.markKeyAccount(requireCreditor(actor, 'CREATE_INVOICES').siren, input.debtorSiren, input.keyAccount);
  }
}

