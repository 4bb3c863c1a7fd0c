import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '../../auth/domain/roles.js';
import '../../auth/dtos/me.object.js'; // registers MemberRole with GraphQL

@ObjectType('TeamMember')
export class TeamMemberObject {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => GraphQLISODateTime)
  joinedAt!: Date;
}

@ObjectType('PendingInvitation', { description: 'An invitation not yet accepted and not expired. Its token is never shown again.' })
export class PendingInvitationObject {
  @Field(() => String)
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => String, { description: 'Full name of the member who invited.' })
  invitedBy!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}

@ObjectType('Team')
export class TeamObject {
  @Field(() => [TeamMemberObject], { description: 'Members of the active company, owners first, then by name.' })
  members!: TeamMemberObject[];

  @Field(() => [PendingInvitationObject], { description: 'Pending invitations, soonest to expire first.' })
  invitations!: PendingInvitationObject[];
}
