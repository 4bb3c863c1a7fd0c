import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { DisputeInvoiceInput, DisputeObject, WithdrawDisputeInput } from './dtos/dispute.dto.js';
import { DisputesService } from './disputes.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class DisputesResolver {
  constructor(private readonly disputes: DisputesService) {}

  @Mutation(() => DisputeObject, {
    description: "A member of the invoice's debtor company contests it: the invoice becomes DISPUTED and its reminders pause until a moderator rules.",
  })
  disputeInvoice(@CurrentActor() actor: Actor, @Args('input') input: DisputeInvoiceInput): Promise<DisputeObject> {
    return this.disputes.openAsMember(actor, input.invoiceId, input.reason);
  }

  @Mutation(() => DisputeObject, { description: 'The debtor withdraws its open dispute: the invoice is OPEN again; the creditor may resume its reminders.' })
  withdrawDispute(@CurrentActor() actor: Actor, @Args('input') input: WithdrawDisputeInput): Promise<DisputeObject> {
    return this.disputes.withdrawAsMember(actor, input.disputeId);
  }
}
