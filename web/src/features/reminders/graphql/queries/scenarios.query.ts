import { graphql } from '../../../../gql';
import type { ScenariosQuery } from '../../../../gql/graphql';

export const SCENARIOS_QUERY = graphql(/* GraphQL */ `
  query Scenarios {
    scenarios {
      id
      name
      description
      builtIn
      variables
      steps {
        offsetDays
        channel
        tone
        subject
        body
        deadlineDays
        requiresApproval
      }
    }
  }
`);

export type Scenario = ScenariosQuery['scenarios'][number];
export type ScenarioStep = Scenario['steps'][number];
