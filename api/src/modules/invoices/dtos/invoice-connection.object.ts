import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InvoiceObject } from './invoice.object.js';

@ObjectType('InvoiceEdge')
export class InvoiceEdgeObject {
  @Field(() => String)
  cursor!: string;

  @Field(() => InvoiceObject)
  node!: InvoiceObject;
}

/** Named per feature so it cannot collide with another connection's page info in the schema. */
@ObjectType('InvoicePageInfo')
export class InvoicePageInfoObject {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('InvoiceConnection')
export class InvoiceConnectionObject {
  @Field(() => [InvoiceEdgeObject])
  edges!: InvoiceEdgeObject[];

  @Field(() => InvoicePageInfoObject)
  pageInfo!: InvoicePageInfoObject;

  @Field(() => Int, { description: 'Invoices matching the filter, all pages together.' })
  totalCount!: number;
}
