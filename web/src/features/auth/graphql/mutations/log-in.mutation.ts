import { graphql } from '../../../../gql';

export const LOG_IN_MUTATION = graphql(/* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...MeFields
    }
  }
`);
