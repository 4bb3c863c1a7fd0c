import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PlanInstalment', { description: 'An instalment of a payment plan the creditor accepted, as it is followed.' })
export class PlanInstalmentObject {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => Int, { description: '1 for the first instalment.' })
  number!: number;

  @Field(() => Int, { description: 'How many instalments the plan has.' })
  count!: number;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'When the creditor confirmed it paid (YYYY-MM-DD).' })
  paidOn!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was found unconfirmed 3 days after its due date (the creditor was told then, once).' })
  missedAt!: Date | null;

  @Field(() => String, { description: 'The plan: ACCEPTED, or COMPLETED once every instalment is confirmed (the invoice is then PAID).' })
  planStatus!: string;
}

@InputType('ConfirmInstalmentPaidInput')
export class ConfirmInstalmentPaidInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, { description: '1 for the first instalment.' })
  number!: number;

  @Field(() => String, { description: 'YYYY-MM-DD: when the money arrived; not in the future, not before the invoice was issued.' })
  paidOn!: string;
}
