import { graphql } from '../../../../gql';

export const RULE_ON_DISPUTE_MUTATION = graphql(/* GraphQL */ `
  mutation RuleOnDispute($input: RuleOnDisputeInput!) {
    ruleOnDispute(input: $input) {
      id
      status
      rulingReason
    }
  }
`);
