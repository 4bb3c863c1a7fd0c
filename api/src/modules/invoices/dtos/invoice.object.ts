import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CompanyObject } from '../../companies/dtos/company.object.js';
import { ContactObject } from './contact.object.js';
import { InvoiceStatus } from './enums.js';

@ObjectType('Invoice')
export class InvoiceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  number!: string;

  /** Loaded with the page (one query for all debtors of the page), never per invoice. */
  @Field(() => CompanyObject)
  debtor!: CompanyObject;

  @Field(() => Float, {
    description: 'Amount in cents, an integer. Float because amounts reach 10^11 cents, beyond GraphQL Int (2^31).',
  })
  amountCents!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. EUR.' })
  currency!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  issueDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'Real payment date, YYYY-MM-DD.' })
  paidAt!: string | null;

  @Field(() => InvoiceStatus)
  status!: InvoiceStatus;

  @Field(() => Int, { description: 'Days past the due date (today in Europe/Paris); 0 unless OPEN and past due.' })
  daysOverdue!: number;

  @Field(() => ContactObject, { nullable: true })
  contact!: ContactObject | null;
}
