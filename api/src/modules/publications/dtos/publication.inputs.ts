import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('RequestPublicationInput')
export class RequestPublicationInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String, { description: 'Your statement to the moderators (1–2,000 characters): what was delivered, what was agreed, what you did to be paid.' })
  statement!: string;

  @Field(() => ID, { description: 'The invoice PDF uploaded first with POST /publications/evidence (multipart, field « file »).' })
  evidenceId!: string;
}

@InputType('WithdrawPublicationInput')
export class WithdrawPublicationInput {
  @Field(() => ID)
  publicationId!: string;

  @Field(() => String, { description: 'Why (kept in the audit log and sent to the debtor).' })
  reason!: string;
}

@InputType('WaivePublicationAnswerPeriodInput')
export class WaivePublicationAnswerPeriodInput {
  @Field(() => ID)
  publicationId!: string;
}

@InputType('ReplyToPublicationInput')
export class ReplyToPublicationInput {
  @Field(() => ID)
  publicationId!: string;

  @Field(() => String, { description: 'Public answer (1–2,000 characters, no personal data, no insults). Sending it again edits it.' })
  text!: string;
}

@InputType('DecidePublicationInput')
export class DecidePublicationInput {
  @Field(() => ID)
  publicationId!: string;

  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => String, { description: 'Why; sent to both parties and kept in the audit log.' })
  reason!: string;
}

@ArgsType()
export class PublicationPageArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType('ModeratePublicationInput')
export class ModeratePublicationInput {
  @Field(() => ID)
  publicationId!: string;

  @Field(() => String, { description: 'Why; kept in the audit log (and sent to both parties when a publication is removed).' })
  reason!: string;
}

@ArgsType()
export class PublicPublicationsArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many, newest first (1–100, default 20).' })
  first?: number | null;
}
