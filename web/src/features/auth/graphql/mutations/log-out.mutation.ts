import { gql } from '../../../../lib/graphql-client';

export interface LogOutResult {
  logOut: boolean;
}

export const LOG_OUT_MUTATION = gql<LogOutResult>(/* GraphQL */ `
  mutation LogOut {
    logOut
  }
`);
