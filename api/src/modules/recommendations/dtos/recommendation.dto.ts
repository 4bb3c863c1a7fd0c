import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoObject } from '../../../common/graphql/page-info.object.js';

export const RecommendationStatusEnum = { ACTIVE: 'ACTIVE', WITHDRAWN: 'WITHDRAWN' } as const;
registerEnumType(RecommendationStatusEnum, { name: 'RecommendationStatus' });

@ObjectType('CompanyRef', { description: 'A company as named on public pages: SIREN and public name (a sole trader’s trade name, never a person’s name).' })
export class CompanyRefObject {
  @Field(() => String)
  siren!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Recommendation', { description: 'A creditor vouching publicly for a client it invoices.' })
export class RecommendationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CompanyRefObject, { description: 'Who recommends.' })
  creditor!: CompanyRefObject;

  @Field(() => CompanyRefObject, { description: 'Who is recommended.' })
  debtor!: CompanyRefObject;

  @Field(() => String)
  message!: string;

  @Field(() => RecommendationStatusEnum)
  status!: string;

  @Field(() => Date, { description: 'When it was first given (its score effect dates from then).' })
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('RecommendationEdge')
export class RecommendationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => RecommendationObject)
  node!: RecommendationObject;
}

@ObjectType('RecommendationConnection')
export class RecommendationConnection {
  @Field(() => [RecommendationEdge])
  edges!: RecommendationEdge[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;

  @Field(() => Int, { description: 'Active recommendations of the company.' })
  totalCount!: number;
}

@InputType('RecommendCompanyInput')
export class RecommendCompanyInput {
  @Field(() => String, { description: 'The client to recommend (you must have at least one invoice to it).' })
  siren!: string;

  @Field(() => String, { description: 'Public text shown on its profile with your company’s name and the date (1–1,000 characters). Sending it again edits it.' })
  message!: string;
}

@InputType('WithdrawRecommendationInput')
export class WithdrawRecommendationInput {
  @Field(() => String, { description: 'The client whose recommendation you withdraw.' })
  siren!: string;
}

@ArgsType()
export class RecommendationsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
