import { gql } from '../../../../lib/graphql-client';
import { ME_FRAGMENT, type Me } from '../fragments/me.fragment';

export interface MeResult {
  /** Null when nobody is logged in. */
  me: Me | null;
}

export const ME_QUERY = gql<MeResult>(/* GraphQL */ `
  query Me {
    me {
      ...MeFields
    }
  }
  ${ME_FRAGMENT}
`);
