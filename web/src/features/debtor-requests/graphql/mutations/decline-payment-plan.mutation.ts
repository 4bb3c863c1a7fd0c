import { graphql } from '../../../../gql';

export const DECLINE_PAYMENT_PLAN_MUTATION = graphql(/* GraphQL */ `
  mutation DeclinePaymentPlan($input: DecidePaymentPlanInput!) {
    declinePaymentPlan(input: $input) {
      id
      status
    }
  }
`);
