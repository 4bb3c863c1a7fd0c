import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReminderTone } from './enums.js';

export const TaskStatus = { OPEN: 'OPEN', DONE: 'DONE', SKIPPED: 'SKIPPED', CANCELLED: 'CANCELLED' } as const;
export const TaskOutcome = { DONE: 'DONE', SKIPPED: 'SKIPPED' } as const;
registerEnumType(TaskStatus, { name: 'ReminderTaskStatus', description: 'CANCELLED: the run stopped or the invoice was paid or cancelled first.' });
registerEnumType(TaskOutcome, { name: 'ReminderTaskOutcome' });

@ObjectType('ReminderTask')
export class ReminderTaskObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  runId!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => String)
  debtorName!: string;

  @Field(() => String, { nullable: true, description: "The contact's phone number, E.164." })
  contactPhone!: string | null;

  @Field(() => ReminderTone)
  tone!: string;

  @Field(() => String, { description: 'What the scenario asks the caller to say or check.' })
  note!: string;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => TaskStatus)
  status!: string;

  @Field(() => String, { nullable: true })
  outcomeNote!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@InputType('CompleteTaskInput')
export class CompleteTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => TaskOutcome)
  outcome!: 'DONE' | 'SKIPPED';

  @Field(() => String, { nullable: true, description: 'What was said or why it was skipped; 2,000 characters at most.' })
  note?: string | null;
}
