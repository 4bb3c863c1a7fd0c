import { graphql } from '../../../../gql';
import type { MeFieldsFragment, MemberRole as GeneratedMemberRole } from '../../../../gql/graphql';

export const ME_FRAGMENT = graphql(/* GraphQL */ `
  fragment MeFields on Me {
    id
    email
    fullName
    platformRoles
    activeCompany {
      siren
      name
      role
    }
    memberships {
      siren
      name
      role
      verified
    }
  }
`);

export type Me = MeFieldsFragment;
export type MemberCompany = Me['memberships'][number];
export type MemberRole = GeneratedMemberRole;
