import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { MemberCompany } from '../../auth/dtos/me.object.js';
import { PlatformRole } from '../../auth/domain/roles.js';

@ObjectType('AdminUser', { description: 'A user account as platform admins see it.' })
export class AdminUserObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => [PlatformRole])
  platformRoles!: PlatformRole[];

  @Field(() => [MemberCompany])
  memberships!: MemberCompany[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('AdminUserConnection')
export class AdminUserConnection {
  @Field(() => [AdminUserObject])
  nodes!: AdminUserObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

@ObjectType('AdminCompany', { description: 'A company with an account on the platform, as platform admins see it.' })
export class AdminCompanyObject {
  @Field(() => String)
  siren!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => Int, { nullable: true, description: 'Token balance; null when the company has no wallet.' })
  walletBalance!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  suspendedAt!: Date | null;

  @Field(() => String, { nullable: true })
  suspensionReason!: string | null;
}

@ObjectType('AdminCompanyConnection')
export class AdminCompanyConnection {
  @Field(() => [AdminCompanyObject])
  nodes!: AdminCompanyObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

@InputType('SetModeratorInput')
export class SetModeratorInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Boolean, { description: 'true grants MODERATOR, false revokes it.' })
  granted!: boolean;

  @Field(() => String, { description: 'Why (3 to 500 characters); kept in the audit log.' })
  reason!: string;
}

@InputType('CreditorSuspensionInput')
export class CreditorSuspensionInput {
  @Field(() => String)
  siren!: string;

  @Field(() => String, { description: 'Why (3 to 500 characters); kept in the audit log.' })
  reason!: string;
}
