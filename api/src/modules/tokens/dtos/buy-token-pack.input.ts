import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PaymentProviderName, TokenPurchaseStatus } from './enums.js';

@InputType('BuyTokenPackInput')
export class BuyTokenPackInput {
  @Field(() => String)
  packId!: string;
}

@ObjectType('BuyTokenPackResult')
export class BuyTokenPackResultObject {
  @Field(() => ID)
  purchaseId!: string;

  @Field(() => String, { description: 'Where to send the buyer to pay.' })
  checkoutUrl!: string;

  @Field(() => PaymentProviderName)
  provider!: PaymentProviderName;

  @Field(() => Boolean, {
    description: 'True only with the DEVELOPMENT provider: the purchase was completed and credited without any payment.',
  })
  developmentMode!: boolean;

  @Field(() => TokenPurchaseStatus)
  status!: TokenPurchaseStatus;
}
