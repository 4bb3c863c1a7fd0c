import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LedgerReason } from './enums.js';

@ObjectType('TokenLedgerEntry', { description: 'One immutable movement of a wallet.' })
export class TokenLedgerEntryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => LedgerReason)
  reason!: LedgerReason;

  @Field(() => String, { description: 'What the movement is about: run id, purchase id, SIREN or admin reference.' })
  reference!: string;

  @Field(() => Int, { description: 'Tokens added (positive) or spent (negative).' })
  delta!: number;

  @Field(() => Int, { description: 'The balance right after this movement (running balance).' })
  balanceAfter!: number;

  @Field(() => String, { nullable: true, description: "The admin's written reason of an ADJUSTMENT." })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('TokenLedgerEdge')
export class TokenLedgerEdgeObject {
  @Field(() => String)
  cursor!: string;

  @Field(() => TokenLedgerEntryObject)
  node!: TokenLedgerEntryObject;
}

@ObjectType('TokenLedgerConnection')
export class TokenLedgerConnectionObject {
  @Field(() => [TokenLedgerEdgeObject])
  edges!: TokenLedgerEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;

  @Field(() => Int, { description: 'Entries matching the filter, all pages together.' })
  totalCount!: number;
}

@ObjectType('Wallet', { description: "The active company's prepaid tokens." })
export class WalletObject {
  @Field(() => String)
  companySiren!: string;

  @Field(() => Int)
  balance!: number;

  @Field(() => TokenLedgerConnectionObject, { description: 'Newest first.' })
  ledger!: TokenLedgerConnectionObject;
}
