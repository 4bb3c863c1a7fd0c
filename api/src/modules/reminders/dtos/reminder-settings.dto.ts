import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReminderSettings')
export class ReminderSettingsObject {
  @Field(() => Int, { description: 'Hour (Europe/Paris) messages are scheduled at; 9 by default.' })
  sendHour!: number;

  @Field(() => Int, { description: 'Minimum days between two messages to the same debtor across your invoices; 3 by default.' })
  minContactDelayDays!: number;
}

@InputType('UpdateReminderSettingsInput')
export class UpdateReminderSettingsInput {
  @Field(() => Int, { nullable: true, description: '8 to 19; omit to keep.' })
  sendHour?: number | null;

  @Field(() => Int, { nullable: true, description: '0 (no spacing) to 30; omit to keep.' })
  minContactDelayDays?: number | null;
}
