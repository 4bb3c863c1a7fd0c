import { graphql } from '../../../../gql';

export const SEGMENT_BINDINGS_QUERY = graphql(/* GraphQL */ `
  query SegmentBindings {
    segmentBindings {
      segment
      scenarioId
      scenarioName
      boundScenarioId
    }
  }
`);
