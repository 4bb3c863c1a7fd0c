import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE } from '../../../common/pagination.js';

@ArgsType()
export class SearchCompaniesArgs {
  @Field(() => String, { description: 'A name (every word as a prefix, accents ignored) or 3 to 9 digits of a SIREN.' })
  query!: string;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
