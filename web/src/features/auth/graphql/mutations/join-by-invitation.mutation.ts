import { graphql } from '../../../../gql';

/** signUp with an invitation token: the new user joins the inviting company with the invited role. */
export const JOIN_BY_INVITATION_MUTATION = graphql(/* GraphQL */ `
  mutation JoinByInvitation($input: SignUpInput!) {
    signUp(input: $input) {
      id
    }
  }
`);
