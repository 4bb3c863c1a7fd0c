import { graphql } from '../../../../gql';

export const LOG_OUT_MUTATION = graphql(/* GraphQL */ `
  mutation LogOut {
    logOut
  }
`);
