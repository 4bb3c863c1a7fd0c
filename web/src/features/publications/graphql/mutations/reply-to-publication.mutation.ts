import { graphql } from '../../../../gql';

export const REPLY_TO_PUBLICATION_MUTATION = graphql(/* GraphQL */ `
  mutation ReplyToPublication($input: ReplyToPublicationInput!) {
    replyToPublication(input: $input) {
      id
      reply {
        text
        updatedAt
      }
    }
  }
`);
