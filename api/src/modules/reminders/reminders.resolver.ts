import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireActiveCreditor, requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { InvoiceTimelineObject, ReminderRunObject, ScenarioPreviewObject } from './dtos/reminder-run.object.js';
import { ApplyScenarioInput, ResumeRemindersInput, SaveScenarioInput, StopRunInput } from './dtos/save-scenario.input.js';
import { ScenarioObject } from './dtos/scenario.object.js';
import { ReminderRunsService } from './reminder-runs.service.js';
import { RunHoldsService } from './run-holds.service.js';
import { ScenariosService } from './scenarios.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class RemindersResolver {
  constructor(
    private readonly scenarioStore: ScenariosService,
    private readonly runs: ReminderRunsService,
    private readonly holds: RunHoldsService,
  ) {}

  @Query(() => [ScenarioObject], { description: "Built-in scenarios, then the active company's own." })
  scenarios(@CurrentActor() actor: Actor): Promise<ScenarioObject[]> {
    return this.scenarioStore.list(requireCreditor(actor, 'READ_INVOICES').siren);
  }

  @Query(() => ScenarioPreviewObject, { description: 'Every message the scenario would send for this invoice, rendered, with the token cost; spends nothing.' })
  previewScenario(
    @CurrentActor() actor: Actor,
    @Args('invoiceId', { type: () => ID }) invoiceId: string,
    @Args('scenarioId', { type: () => ID }) scenarioId: string,
  ): Promise<ScenarioPreviewObject> {
    return this.runs.preview(requireCreditor(actor, 'READ_INVOICES').siren, invoiceId, scenarioId);
  }

  @Query(() => InvoiceTimelineObject, { description: 'Every reminder run and message of an invoice, with status, provider id and errors.' })
  invoiceTimeline(@CurrentActor() actor: Actor, @Args('invoiceId', { type: () => ID }) invoiceId: string): Promise<InvoiceTimelineObject> {
    return this.runs.timeline(requireCreditor(actor, 'READ_INVOICES').siren, invoiceId);
  }

  @Mutation(() => ScenarioObject)
  saveScenario(@CurrentActor() actor: Actor, @Args('input') input: SaveScenarioInput): Promise<ScenarioObject> {
    return this.scenarioStore.save(requireCreditor(actor, 'CREATE_INVOICES').siren, input);
  }

  @Mutation(() => ReminderRunObject, { description: 'Puts an invoice under a scenario: spends 1 token (emails unlimited, at most 2 SMS).' })
  applyScenario(@CurrentActor() actor: Actor, @Args('input') input: ApplyScenarioInput): Promise<ReminderRunObject> {
    return this.runs.apply(requireActiveCreditor(actor, 'CREATE_INVOICES').siren, actor.userId, input.invoiceId, input.scenarioId ?? null);
  }

  @Mutation(() => ReminderRunObject, { description: 'Cancels pending messages; the token is refunded when none had left yet.' })
  stopRun(@CurrentActor() actor: Actor, @Args('input') input: StopRunInput): Promise<ReminderRunObject> {
    return this.runs.stop(requireCreditor(actor, 'CREATE_INVOICES').siren, input.runId);
  }

  @Mutation(() => ReminderRunObject, { description: "Resumes a PAUSED run once nothing holds it (e.g. the debtor's dispute was rejected): its remaining steps are planned from today." })
  async resumeReminders(@CurrentActor() actor: Actor, @Args('input') input: ResumeRemindersInput): Promise<ReminderRunObject> {
    const { siren } = requireCreditor(actor, 'CREATE_INVOICES');
    return this.runs.getRun(siren, await this.holds.resumeByCreditor(siren, actor.userId, input.invoiceId));
  }
}
