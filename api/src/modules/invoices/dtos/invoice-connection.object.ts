import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InvoiceObject } from './invoice.object.js';

@ObjectType('InvoiceEdge')
export class InvoiceEdgeObject {
  @Field(() => String)
  cursor!: string;

  @Field(() => InvoiceObject)
  node!: InvoiceObject;
}

@ObjectType('InvoiceConnection')
export class InvoiceConnectionObject {
  @Field(() => [InvoiceEdgeObject])
  edges!: InvoiceEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;

  @Field(() => Int, { description: 'Invoices matching the filter, all pages together.' })
  totalCount!: number;
}
