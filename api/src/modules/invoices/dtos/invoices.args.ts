import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { InvoiceStatus } from './enums.js';

@InputType('InvoiceFilter')
export class InvoiceFilterInput {
  @Field(() => InvoiceStatus, { nullable: true })
  status?: InvoiceStatus | null;

  @Field(() => String, { nullable: true })
  debtorSiren?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: OPEN and past the due date (today in Europe/Paris); false: every other invoice.',
  })
  overdue?: boolean | null;
}

@ArgsType()
export class InvoicesArgs {
  @Field(() => InvoiceFilterInput, { nullable: true })
  filter?: InvoiceFilterInput | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
