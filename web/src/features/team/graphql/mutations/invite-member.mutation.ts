import { graphql } from '../../../../gql';

export const INVITE_MEMBER_MUTATION = graphql(/* GraphQL */ `
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      email
      role
      token
      expiresAt
    }
  }
`);
