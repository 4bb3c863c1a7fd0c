import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { ApprovalsService } from './approvals.service.js';
import { DecideMessageInput, PendingApprovalObject } from './dtos/approvals.dto.js';
import { ReminderMessageObject } from './dtos/reminder-run.object.js';

@Resolver()
@UseGuards(AuthGuard)
export class ApprovalsResolver {
  constructor(private readonly approvals: ApprovalsService) {}

  @Query(() => [PendingApprovalObject], { description: 'Messages waiting for a member to approve them, soonest first, rendered.' })
  pendingApprovals(@CurrentActor() actor: Actor): Promise<PendingApprovalObject[]> {
    return this.approvals.pending(requireCreditor(actor, 'READ_INVOICES').siren);
  }

  @Mutation(() => ReminderMessageObject, { description: 'Lets a waiting message leave at its time (now if its time has passed).' })
  approveMessage(@CurrentActor() actor: Actor, @Args('input') input: DecideMessageInput): Promise<ReminderMessageObject> {
    return this.approvals.approve(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor.userId, input.messageId);
  }

  @Mutation(() => ReminderMessageObject, { description: 'Cancels a waiting message; it never leaves.' })
  rejectMessage(@CurrentActor() actor: Actor, @Args('input') input: DecideMessageInput): Promise<ReminderMessageObject> {
    return this.approvals.reject(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor.userId, input.messageId);
  }
}
