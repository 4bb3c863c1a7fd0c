import { Field, InputType, Int } from '@nestjs/graphql';

@InputType('UpsertTokenPackInput')
export class UpsertTokenPackInput {
  @Field(() => String, { description: 'Stable identifier: lower-case letters, digits and dashes (e.g. "pack-50").' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  tokens!: number;

  @Field(() => Int, { description: 'Price excluding VAT, in euro cents.' })
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'VAT rate in basis points; 2000 (20 %) when omitted.' })
  vatRateBps?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active?: boolean | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  position?: number | null;
}
