import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CompanyObject } from './company.object.js';

@ObjectType('CompanyEdge')
export class CompanyEdgeObject {
  @Field(() => String)
  cursor!: string;

  @Field(() => CompanyObject)
  node!: CompanyObject;
}

@ObjectType('CompanyConnection')
export class CompanyConnectionObject {
  @Field(() => [CompanyEdgeObject])
  edges!: CompanyEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of matches; null when more than 1,000 (the browsable depth) or unknown for a typo-tolerant search.',
  })
  totalCount!: number | null;
}
