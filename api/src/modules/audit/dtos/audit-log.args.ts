import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class AuditLogArgs {
  @Field(() => String, { nullable: true, description: 'UPPER_SNAKE kind of subject, e.g. PUBLICATION.' })
  subjectType?: string | null;

  @Field(() => String, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  actorUserId?: string | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
