import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { needsApproval, ScenarioDefinition } from '../domain/scenario.js';
import { ReminderChannel, ReminderTone } from './enums.js';

@ObjectType('ScenarioStep')
export class ScenarioStepObject {
  @Field(() => Int, { description: 'Days relative to the due date (negative = before). Ignored for THANKS, sent on payment.' })
  offsetDays!: number;

  @Field(() => ReminderChannel)
  channel!: string;

  @Field(() => ReminderTone)
  tone!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Int, { nullable: true, description: 'ULTIMATUM only: days given to pay from the send date.' })
  deadlineDays!: number | null;

  @Field(() => Boolean, { description: 'Waits for a member to approve it before it leaves (default: ULTIMATUM steps).' })
  requiresApproval!: boolean;
}

@ObjectType('Scenario')
export class ScenarioObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean, { description: 'Shipped with the product; read-only.' })
  builtIn!: boolean;

  @Field(() => [ScenarioStepObject])
  steps!: ScenarioStepObject[];

  @Field(() => [String], { description: 'Variables templates may use, as {{name}}.' })
  variables!: string[];
}

export function toScenarioObject(scenario: ScenarioDefinition, builtIn: boolean, variables: readonly string[]): ScenarioObject {
  return {
    id: scenario.id,
    name: scenario.name,
    description: scenario.description,
    builtIn,
    steps: scenario.steps.map((step) => ({ ...step, requiresApproval: needsApproval(step) })),
    variables: [...variables],
  };
}
