import { graphql } from '../../../../gql';

export const BIND_SCENARIO_TO_SEGMENT_MUTATION = graphql(/* GraphQL */ `
  mutation BindScenarioToSegment($input: BindScenarioToSegmentInput!) {
    bindScenarioToSegment(input: $input) {
      segment
      scenarioId
      scenarioName
      boundScenarioId
    }
  }
`);
