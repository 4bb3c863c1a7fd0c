import { graphql } from '../../../../gql';

export const REQUEST_PUBLICATION_MUTATION = graphql(/* GraphQL */ `
  mutation RequestPublication($input: RequestPublicationInput!) {
    requestPublication(input: $input) {
      id
      status
      answerUntil
    }
  }
`);
