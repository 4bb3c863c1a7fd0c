import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType('AdjustWalletInput')
export class AdjustWalletInput {
  @Field(() => String, { description: 'SIREN of the creditor company whose wallet is corrected.' })
  siren!: string;

  @Field(() => Int, { description: 'Tokens to add (positive) or remove (negative); never 0.' })
  tokens!: number;

  @Field(() => String, { description: 'Why, in words (3 to 500 characters); shown in the ledger.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key: the same reference is applied once. Random when omitted.' })
  reference?: string | null;
}

@ObjectType('AdjustWalletResult')
export class AdjustWalletResultObject {
  @Field(() => String)
  siren!: string;

  @Field(() => String)
  reference!: string;

  @Field(() => Boolean, { description: 'False when this reference had already been applied.' })
  applied!: boolean;

  @Field(() => Int)
  balance!: number;
}
