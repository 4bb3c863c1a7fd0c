import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ScoreContributionKind {
  INVOICE_PAID = 'INVOICE_PAID',
  INVOICE_OPEN_OVERDUE = 'INVOICE_OPEN_OVERDUE',
  EARLY_PAYMENT_BONUS = 'EARLY_PAYMENT_BONUS',
  GOOD_REMINDER_BONUS = 'GOOD_REMINDER_BONUS',
  PUBLICATION = 'PUBLICATION',
  RECOMMENDATION = 'RECOMMENDATION',
}

registerEnumType(ScoreContributionKind, { name: 'ScoreContributionKind' });

/** One explained share of the score: 70 + Σ effect = value. */
@ObjectType('ScoreContribution')
export class ScoreContributionObject {
  @Field(() => ScoreContributionKind)
  kind!: ScoreContributionKind;

  @Field(() => String, { description: 'Plain-French explanation, e.g. « Facture payée 30 jours après l’échéance ».' })
  label!: string;

  @Field(() => Float, { description: 'Points, one decimal; negative lowers the score.' })
  effect!: number;

  @Field(() => String, { description: 'Date of the event, ISO YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { description: 'Name of the creditor company the event comes from.' })
  creditor!: string;

  @Field(() => String, { nullable: true, description: "The creditor's invoice number, when the event is about an invoice." })
  invoiceNumber!: string | null;
}
