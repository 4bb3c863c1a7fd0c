import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ReminderChannel, ReminderTone } from './enums.js';

@InputType('ScenarioStepInput')
export class ScenarioStepInput {
  @Field(() => Int)
  offsetDays!: number;

  @Field(() => ReminderChannel)
  channel!: 'EMAIL' | 'SMS' | 'CALL';

  @Field(() => ReminderTone)
  tone!: 'GOOD' | 'BAD' | 'ULTIMATUM' | 'THANKS';

  @Field(() => String, { defaultValue: '' })
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Int, { nullable: true })
  deadlineDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'A member approves the message before it leaves. Omit for the default: ULTIMATUM steps only.' })
  requiresApproval?: boolean | null;
}

@InputType('SaveScenarioInput')
export class SaveScenarioInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create; the id of one of your scenarios to replace it.' })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ScenarioStepInput])
  steps!: ScenarioStepInput[];
}

@InputType('ApplyScenarioInput')
export class ApplyScenarioInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => ID, { nullable: true, description: "Omit to let the debtor's segment pick the scenario (see segmentBindings); the run says which segment applied." })
  scenarioId?: string | null;
}

@InputType('StopRunInput')
export class StopRunInput {
  @Field(() => ID)
  runId!: string;
}

@InputType('ResumeRemindersInput')
export class ResumeRemindersInput {
  @Field(() => ID)
  invoiceId!: string;
}
