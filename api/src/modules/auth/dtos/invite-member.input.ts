import { Field, InputType } from '@nestjs/graphql';
import { MemberRole } from '../domain/roles.js';

@InputType()
export class InviteMemberInput {
  @Field()
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;
}

@InputType()
export class SwitchCompanyInput {
  @Field()
  siren!: string;
}
