import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PaymentProviderName } from './enums.js';

@ObjectType('TokenReceipt', { description: 'A paid token pack. Amounts in euro cents.' })
export class ReceiptObject {
  @Field(() => String, { description: 'Continuous per year, e.g. "BP-2026-000123".' })
  number!: string;

  @Field(() => ID)
  purchaseId!: string;

  @Field(() => String)
  packId!: string;

  @Field(() => String)
  packName!: string;

  @Field(() => Int)
  tokens!: number;

  @Field(() => Int, { description: 'Excluding VAT (HT).' })
  amountExclVatCents!: number;

  @Field(() => Int, { description: 'VAT rate in basis points: 2000 = 20 %.' })
  vatRateBps!: number;

  @Field(() => Int)
  vatCents!: number;

  @Field(() => Int, { description: 'Including VAT (TTC).' })
  totalCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => GraphQLISODateTime)
  paidAt!: Date;

  @Field(() => PaymentProviderName)
  provider!: PaymentProviderName;
}

@ObjectType('TokenReceiptEdge')
export class ReceiptEdgeObject {
  @Field(() => String)
  cursor!: string;

  @Field(() => ReceiptObject)
  node!: ReceiptObject;
}

@ObjectType('TokenReceiptConnection')
export class ReceiptConnectionObject {
  @Field(() => [ReceiptEdgeObject])
  edges!: ReceiptEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
