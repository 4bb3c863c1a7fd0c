import { graphql } from '../../../../gql';

export const STOP_RUN_MUTATION = graphql(/* GraphQL */ `
  mutation StopRun($input: StopRunInput!) {
    stopRun(input: $input) {
      id
      status
      tokenRefunded
    }
  }
`);
