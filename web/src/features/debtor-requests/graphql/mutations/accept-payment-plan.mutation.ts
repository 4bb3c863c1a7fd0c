import { graphql } from '../../../../gql';

export const ACCEPT_PAYMENT_PLAN_MUTATION = graphql(/* GraphQL */ `
  mutation AcceptPaymentPlan($input: DecidePaymentPlanInput!) {
    acceptPaymentPlan(input: $input) {
      id
      status
    }
  }
`);
