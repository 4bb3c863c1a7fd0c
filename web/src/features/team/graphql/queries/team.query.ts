import { graphql } from '../../../../gql';

export const TEAM_QUERY = graphql(/* GraphQL */ `
  query Team {
    team {
      members {
        userId
        fullName
        email
        role
        joinedAt
      }
      invitations {
        email
        role
        invitedBy
        expiresAt
      }
    }
  }
`);
