import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ReminderMessageObject } from './reminder-run.object.js';

@InputType('DecideMessageInput')
export class DecideMessageInput {
  @Field(() => ID)
  messageId!: string;
}

@ObjectType('PendingApproval')
export class PendingApprovalObject {
  @Field(() => ReminderMessageObject)
  message!: ReminderMessageObject;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => String)
  debtorName!: string;

  @Field(() => String, { description: 'Rendered as it would leave on its scheduled date; empty for an SMS.' })
  renderedSubject!: string;

  @Field(() => String)
  renderedBody!: string;
}
