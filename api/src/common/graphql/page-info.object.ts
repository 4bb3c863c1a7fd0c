import { Field, ObjectType } from '@nestjs/graphql';

/** The page information of every cursor-paginated list (Relay's shape). */
@ObjectType('PageInfo')
export class PageInfoObject {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
