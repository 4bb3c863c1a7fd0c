import { graphql } from '../../../../gql';

export const END_PAYMENT_PLAN_MUTATION = graphql(/* GraphQL */ `
  mutation EndPaymentPlan($input: DecidePaymentPlanInput!) {
    endPaymentPlan(input: $input) {
      id
      status
    }
  }
`);
