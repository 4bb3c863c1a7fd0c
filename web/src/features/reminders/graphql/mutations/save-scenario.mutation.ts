import { graphql } from '../../../../gql';

export const SAVE_SCENARIO_MUTATION = graphql(/* GraphQL */ `
  mutation SaveScenario($input: SaveScenarioInput!) {
    saveScenario(input: $input) {
      id
      name
    }
  }
`);
