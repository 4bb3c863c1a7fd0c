import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** An open invoice that, paid today, would raise the score by `gain`. */
@ObjectType('ScoreImprovementStep')
export class ScoreImprovementStepObject {
  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => String, { description: 'Name of the creditor company.' })
  creditor!: string;

  @Field(() => Float, { description: 'Amount in cents (Float: beyond GraphQL Int).' })
  amountCents!: number;

  @Field(() => Int, { description: 'Days past the due date today (negative: not yet due).' })
  daysLate!: number;

  @Field(() => Float, { description: 'The score if this invoice were paid today.' })
  scoreIfPaidToday!: number;

  @Field(() => Float, { description: 'Points gained by paying it today, one decimal.' })
  gain!: number;
}
