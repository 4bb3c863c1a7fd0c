import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { CompanyObject } from '../../companies/dtos/company.object.js';
import { InvoiceStatus } from '../../invoices/dtos/enums.js';
import { DisputeObject } from './dispute.dto.js';

/**
 * An invoice as its debtor sees it: what the creditor claims, never the creditor's contacts,
 * notes or reminder plan (those are the creditor's own working data).
 */
@ObjectType('InvoiceAboutMyCompany')
export class InvoiceAboutMyCompanyObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CompanyObject, { description: 'The company that reported the invoice.' })
  creditor!: CompanyObject;

  @Field(() => String)
  number!: string;

  @Field(() => Float, { description: 'Amount in cents, an integer (Float: amounts reach 10^11 cents).' })
  amountCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => InvoiceStatus)
  status!: InvoiceStatus;

  @Field(() => String, { nullable: true, description: 'Payment date the creditor recorded, YYYY-MM-DD.' })
  paidAt!: string | null;

  @Field(() => Int, { description: 'Days past the due date (today in Europe/Paris); 0 unless OPEN and past due.' })
  daysOverdue!: number;

  @Field(() => DisputeObject, { nullable: true, description: 'Your open dispute of this invoice, if any.' })
  openDispute!: DisputeObject | null;
}

@ObjectType('InvoiceAboutMyCompanyConnection')
export class InvoiceAboutMyCompanyConnection {
  @Field(() => [InvoiceAboutMyCompanyObject])
  nodes!: InvoiceAboutMyCompanyObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
