import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { ReminderSettingsObject, UpdateReminderSettingsInput } from './dtos/reminder-settings.dto.js';
import { ReminderSettingsService } from './reminder-settings.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class ReminderSettingsResolver {
  constructor(private readonly settings: ReminderSettingsService) {}

  @Query(() => ReminderSettingsObject, { description: "The active company's send hour and minimum delay between messages to one debtor." })
  reminderSettings(@CurrentActor() actor: Actor): Promise<ReminderSettingsObject> {
    return this.settings.get(requireCreditor(actor, 'READ_INVOICES').siren);
  }

  @Mutation(() => ReminderSettingsObject, { description: 'Applies to scenarios applied from now on; runs already scheduled keep their times.' })
  updateReminderSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateReminderSettingsInput): Promise<ReminderSettingsObject> {
    return this.settings.update(requireCreditor(actor, 'CREATE_INVOICES').siren, input);
  }
}
