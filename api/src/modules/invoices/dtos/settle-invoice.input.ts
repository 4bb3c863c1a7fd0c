import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('MarkInvoicePaidInput')
export class MarkInvoicePaidInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The real payment date, YYYY-MM-DD: today or earlier, not before the issue date.' })
  paidAt!: string;
}

@InputType('CancelInvoiceInput')
export class CancelInvoiceInput {
  @Field(() => ID)
  id!: string;
}

@InputType('ChangeInvoiceDueDateInput')
export class ChangeInvoiceDueDateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not before the issue date. Pending reminders are planned again against it.' })
  dueDate!: string;
}
