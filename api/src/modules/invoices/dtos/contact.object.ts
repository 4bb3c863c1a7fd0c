import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ContactChannel } from './enums.js';

/** The creditor's private contact at a debtor. */
@ObjectType('Contact')
export class ContactObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +33612345678.' })
  phone!: string | null;

  @Field(() => ContactChannel)
  preferredChannel!: ContactChannel;
}
