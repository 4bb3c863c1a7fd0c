import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CompanyObject } from './company.object.js';

@ObjectType('CompanyEdge')
export class CompanyEdgeObject {
  @Field(() => String)
  cursor!: string;

  @Field(() => CompanyObject)
  node!: CompanyObject;
}

/** Named per feature so it cannot collide with another connection's page info in the schema. */
@ObjectType('CompanyPageInfo')
export class CompanyPageInfoObject {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('CompanyConnection')
export class CompanyConnectionObject {
  @Field(() => [CompanyEdgeObject])
  edges!: CompanyEdgeObject[];

  @Field(() => CompanyPageInfoObject)
  pageInfo!: CompanyPageInfoObject;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of matches; null when more than 1,000 (the browsable depth) or unknown for a typo-tolerant search.',
  })
  totalCount!: number | null;
}
