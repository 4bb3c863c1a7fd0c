import { graphql } from '../../../../gql';
import type { CompanyClaimFieldsFragment } from '../../../../gql/graphql';

export const COMPANY_CLAIM_FRAGMENT = graphql(/* GraphQL */ `
  fragment CompanyClaimFields on CompanyClaim {
    id
    siren
    companyName
    method
    status
    email
    note
    createdAt
    decidedAt
    decisionReason
  }
`);

export type CompanyClaim = CompanyClaimFieldsFragment;
