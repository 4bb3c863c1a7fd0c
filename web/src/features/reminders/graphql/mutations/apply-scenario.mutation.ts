import { graphql } from '../../../../gql';

export const APPLY_SCENARIO_MUTATION = graphql(/* GraphQL */ `
  mutation ApplyScenario($input: ApplyScenarioInput!) {
    applyScenario(input: $input) {
      id
      status
    }
  }
`);
