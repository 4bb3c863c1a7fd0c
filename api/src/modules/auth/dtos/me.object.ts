import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberRole, PlatformRole } from '../domain/roles.js';

registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(PlatformRole, { name: 'PlatformRole' });

@ObjectType({ description: 'A company the user acts for, with its role there.' })
export class MemberCompany {
  @Field()
  siren!: string;

  @Field()
  name!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => Boolean, {
    description: 'True once you were verified as speaking for this company (claimCompany, or an invitation by a verified member); needed to reply, dispute, see myCompanyScore, recommend and request publications.',
  })
  verified!: boolean;
}

@ObjectType({ description: 'The logged-in user.' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  fullName!: string;

  @Field(() => [PlatformRole])
  platformRoles!: PlatformRole[];

  @Field(() => MemberCompany, { nullable: true })
  activeCompany!: MemberCompany | null;

  @Field(() => [MemberCompany])
  memberships!: MemberCompany[];
}

@ObjectType()
export class Invitation {
  @Field()
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field({ description: 'Secret to send to the invitee; shown once.' })
  token!: string;

  @Field()
  expiresAt!: Date;
}
