import { graphql } from '../../../../gql';

export const PROPOSE_PAYMENT_PLAN_MUTATION = graphql(/* GraphQL */ `
  mutation ProposePaymentPlan($input: ProposePaymentPlanInput!) {
    proposePaymentPlan(input: $input) {
      id
      status
    }
  }
`);
