import { gql } from '../../../../lib/graphql-client';
import { ME_FRAGMENT, type Me } from '../fragments/me.fragment';

export interface LogInVariables {
  input: { email: string; password: string };
}

export interface LogInResult {
  logIn: Me;
}

export const LOG_IN_MUTATION = gql<LogInResult, LogInVariables>(/* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...MeFields
    }
  }
  ${ME_FRAGMENT}
`);
