import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { CompleteTaskInput, ReminderTaskObject } from './dtos/tasks.dto.js';
import { TasksService } from './tasks.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class TasksResolver {
  constructor(private readonly tasks: TasksService) {}

  @Query(() => [ReminderTaskObject], { description: 'Open call tasks assigned to you for the active company, soonest first.' })
  myTasks(@CurrentActor() actor: Actor): Promise<ReminderTaskObject[]> {
    return this.tasks.mine(requireCreditor(actor, 'READ_INVOICES').siren, actor.userId);
  }

  @Mutation(() => ReminderTaskObject, { description: 'Closes a call task as DONE or SKIPPED, with a note.' })
  completeTask(@CurrentActor() actor: Actor, @Args('input') input: CompleteTaskInput): Promise<ReminderTaskObject> {
    return this.tasks.complete(requireCreditor(actor, 'READ_INVOICES').siren, actor.userId, input.taskId, input.outcome, input.note ?? null);
  }
}
