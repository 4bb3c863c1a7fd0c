import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DisputeStatusEnum = { OPEN: 'OPEN', UPHELD: 'UPHELD', REJECTED: 'REJECTED', WITHDRAWN: 'WITHDRAWN' } as const;
export const DisputeOpenedViaEnum = { DEBTOR_MEMBER: 'DEBTOR_MEMBER', DEBTOR_LINK: 'DEBTOR_LINK' } as const;
registerEnumType(DisputeStatusEnum, { name: 'DisputeStatus', description: 'UPHELD: the debtor was right (moderator). REJECTED: the debt stands (moderator). WITHDRAWN: by the debtor.' });
registerEnumType(DisputeOpenedViaEnum, { name: 'DisputeOpenedVia', description: 'DEBTOR_LINK: through the signed page behind a reminder, without an account.' });

@ObjectType('InvoiceDispute')
export class DisputeObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => DisputeStatusEnum)
  status!: string;

  @Field(() => DisputeOpenedViaEnum)
  openedVia!: string;

  @Field(() => Date)
  openedAt!: Date;

  @Field(() => String, { nullable: true, description: "The moderator's explanation, once ruled." })
  rulingReason!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@InputType('DisputeInvoiceInput')
export class DisputeInvoiceInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String, { description: 'Why the invoice is contested; 10 to 4,000 characters.' })
  reason!: string;
}

@InputType('WithdrawDisputeInput')
export class WithdrawDisputeInput {
  @Field(() => ID)
  disputeId!: string;
}
