import { Field, Float, InputType } from '@nestjs/graphql';
import { ContactChannel } from './enums.js';

@InputType('InvoiceContactInput')
export class InvoiceContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Any common format; stored as E.164 (France by default).' })
  phone?: string | null;

  @Field(() => ContactChannel, { nullable: true })
  preferredChannel?: ContactChannel | null;
}

@InputType('CreateInvoiceInput')
export class CreateInvoiceInput {
  @Field(() => String)
  debtorSiren!: string;

  @Field(() => String, { nullable: true, description: 'Used only when the debtor is not known yet.' })
  debtorName?: string | null;

  @Field(() => String)
  number!: string;

  @Field(() => Float, { description: 'Integer number of cents.' })
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'Defaults to EUR.' })
  currency?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  issueDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => InvoiceContactInput, { nullable: true })
  contact?: InvoiceContactInput | null;
}
