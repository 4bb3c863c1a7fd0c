import { graphql } from '../../../../gql';
import type { CompanyPublicationsQuery } from '../../../../gql/graphql';

/** The published unpaid invoices of a company, with the debtor's reply (public). */
export const COMPANY_PUBLICATIONS_QUERY = graphql(/* GraphQL */ `
  query CompanyPublications($siren: String!) {
    company(siren: $siren) {
      siren
      publications(first: 20) {
        id
        amountCents
        currency
        dueDate
        daysUnpaid
        publishedAt
        settledAt
        status
        creditor {
          siren
          name
        }
        reply {
          text
          updatedAt
        }
      }
    }
  }
`);

export type PublicPublication = NonNullable<CompanyPublicationsQuery['company']>['publications'][number];
