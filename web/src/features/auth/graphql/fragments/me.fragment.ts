export const ME_FRAGMENT = /* GraphQL */ `
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
    }
  }
`;

export type MemberRole = 'OWNER' | 'ACCOUNTING' | 'SALES' | 'SUPPORT';

export interface MemberCompany {
  siren: string;
  name: string;
  role: MemberRole;
}

export interface Me {
  id: string;
  email: string;
  fullName: string;
  platformRoles: string[];
  activeCompany: MemberCompany | null;
  memberships: MemberCompany[];
}
