import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TokenPack', { description: 'A pack of tokens on sale. Amounts in euro cents.' })
export class TokenPackObject {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  tokens!: number;

  @Field(() => Int, { description: 'Price excluding VAT (HT).' })
  priceCents!: number;

  @Field(() => Int, { description: 'VAT rate in basis points: 2000 = 20 %.' })
  vatRateBps!: number;

  @Field(() => Int)
  vatCents!: number;

  @Field(() => Int, { description: 'Price including VAT (TTC).' })
  totalCents!: number;

  @Field(() => Int, { description: 'Price per token excluding VAT, rounded to the cent.' })
  unitPriceCents!: number;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int, { description: 'Display order, smallest first.' })
  position!: number;
}
