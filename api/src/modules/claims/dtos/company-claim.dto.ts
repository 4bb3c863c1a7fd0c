import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoObject } from '../../../common/graphql/page-info.object.js';

export const ClaimMethodEnum = { MODERATOR_REVIEW: 'MODERATOR_REVIEW', EMAIL_CODE: 'EMAIL_CODE' } as const;
export const ClaimStatusEnum = { PENDING_CODE: 'PENDING_CODE', PENDING_REVIEW: 'PENDING_REVIEW', VERIFIED: 'VERIFIED', REJECTED: 'REJECTED', CANCELLED: 'CANCELLED' } as const;
registerEnumType(ClaimMethodEnum, {
  name: 'CompanyClaimMethod',
  description: 'EMAIL_CODE: a code is sent to an address on the company’s own domain (known to the platform). MODERATOR_REVIEW: a moderator checks the request (e.g. a Kbis extract sent to the support).',
});
registerEnumType(ClaimStatusEnum, { name: 'CompanyClaimStatus', description: 'PENDING_CODE: waiting for the code sent by e-mail; PENDING_REVIEW: waiting for a moderator.' });

@ObjectType('CompanyClaim', { description: 'A request to speak for a company (reply, dispute, see its detailed score, publish in its name).' })
export class CompanyClaimObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  siren!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => ClaimMethodEnum)
  method!: string;

  @Field(() => ClaimStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true, description: 'The address the code was sent to (EMAIL_CODE).' })
  email!: string | null;

  @Field(() => String, { description: 'What the claimant told the moderators.' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'The moderator’s reason, once decided.' })
  decisionReason!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType('CompanyClaimReview', { description: 'A claim as moderators see it: with the claimant’s identity.' })
export class CompanyClaimReviewObject extends CompanyClaimObject {
  @Field(() => String)
  claimantName!: string;

  @Field(() => String)
  claimantEmail!: string;

  @Field(() => String, { nullable: true, description: 'The domain the platform knows for this company, if any.' })
  companyEmailDomain!: string | null;

  @Field(() => Boolean, { description: 'Whether somebody already speaks for the company.' })
  companyAlreadyVerified!: boolean;
}

@ObjectType('CompanyClaimReviewEdge')
export class CompanyClaimReviewEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CompanyClaimReviewObject)
  node!: CompanyClaimReviewObject;
}

@ObjectType('CompanyClaimReviewConnection')
export class CompanyClaimReviewConnection {
  @Field(() => [CompanyClaimReviewEdge])
  edges!: CompanyClaimReviewEdge[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

@InputType('ClaimCompanyInput')
export class ClaimCompanyInput {
  @Field(() => String)
  siren!: string;

  @Field(() => ClaimMethodEnum)
  method!: 'MODERATOR_REVIEW' | 'EMAIL_CODE';

  @Field(() => String, { nullable: true, description: 'EMAIL_CODE: an address on the company’s own domain, where the code is sent.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'For the moderators: who you are in the company, how to check it (1,000 characters at most).' })
  note?: string | null;
}

@InputType('ConfirmCompanyClaimInput')
export class ConfirmCompanyClaimInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => String, { description: 'The six-digit code received by e-mail.' })
  code!: string;
}

@InputType('DecideCompanyClaimInput')
export class DecideCompanyClaimInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => String, { description: 'Why; sent to the claimant and kept in the audit log.' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When approving: the company’s own e-mail domain, checked by the moderator; later claimants may then verify by code.',
  })
  emailDomain?: string | null;
}

@ArgsType()
export class ClaimQueueArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
