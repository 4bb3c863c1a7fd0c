import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType('ImportInvoicesInput')
export class ImportInvoicesInput {
  @Field(() => String, { description: "CSV text with a header row, ';' or ',' separated, 5 MB and 20,000 rows at most." })
  csv!: string;
}

@ObjectType('InvoiceImportRowError')
export class InvoiceImportRowErrorObject {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('InvoiceImportResult')
export class InvoiceImportResultObject {
  @Field(() => Int)
  created!: number;

  @Field(() => Int, { description: 'Valid rows whose number this creditor had already imported: left untouched.' })
  alreadyImported!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [InvoiceImportRowErrorObject])
  errors!: InvoiceImportRowErrorObject[];
}
