import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoObject } from '../../../common/graphql/page-info.object.js';

@ObjectType('AuditEntry', { description: 'One accountable fact: who did what to which subject, when, and why.' })
export class AuditEntryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => String, { description: "The actor's e-mail, or « système: … » for the platform itself." })
  actorLabel!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  subjectType!: string;

  @Field(() => String)
  subjectId!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { description: 'Structured facts of the entry, as a JSON object.' })
  detailsJson!: string;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection {
  @Field(() => [AuditEntryObject])
  nodes!: AuditEntryObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
