import { graphql } from '../../../../gql';
import type { PreviewScenarioQuery } from '../../../../gql/graphql';

export const PREVIEW_SCENARIO_QUERY = graphql(/* GraphQL */ `
  query PreviewScenario($invoiceId: ID!, $scenarioId: ID!) {
    previewScenario(invoiceId: $invoiceId, scenarioId: $scenarioId) {
      invoiceId
      scenarioId
      tokenCost
      messages {
        stepIndex
        channel
        tone
        toAddress
        subject
        body
        scheduledAt
        status
        skipReason
      }
    }
    wallet(first: 1) {
      balance
    }
  }
`);

export type ScenarioPreview = PreviewScenarioQuery['previewScenario'];
