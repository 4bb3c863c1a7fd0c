import { ArgsType, Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { LedgerReason } from './enums.js';

@InputType('TokenLedgerFilter')
export class TokenLedgerFilterInput {
  @Field(() => [LedgerReason], { nullable: true, description: 'Only these reasons.' })
  reasons?: LedgerReason[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Entries at or after this instant.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Entries strictly before this instant.' })
  to?: Date | null;
}

@ArgsType()
export class WalletArgs {
  @Field(() => TokenLedgerFilterInput, { nullable: true })
  filter?: TokenLedgerFilterInput | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class WalletCsvArgs {
  @Field(() => TokenLedgerFilterInput, { nullable: true })
  filter?: TokenLedgerFilterInput | null;
}
