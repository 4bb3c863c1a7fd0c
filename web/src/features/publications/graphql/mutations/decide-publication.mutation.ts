import { graphql } from '../../../../gql';

export const DECIDE_PUBLICATION_MUTATION = graphql(/* GraphQL */ `
  mutation DecidePublication($input: DecidePublicationInput!) {
    decidePublication(input: $input) {
      id
      status
      approvalsGiven
      approvalsRequired
      decisionReason
    }
  }
`);
