import { graphql } from '../../../../gql';

/** `me` is null when nobody is logged in. */
export const ME_QUERY = graphql(/* GraphQL */ `
  query Me {
    me {
      ...MeFields
    }
  }
`);
