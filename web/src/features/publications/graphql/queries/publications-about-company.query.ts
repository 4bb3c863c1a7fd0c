import { graphql } from '../../../../gql';
import type { PublicationsAboutCompanyQuery } from '../../../../gql/graphql';

/** For verified members of the debtor: every publication request about the company. */
export const PUBLICATIONS_ABOUT_COMPANY_QUERY = graphql(/* GraphQL */ `
  query PublicationsAboutCompany($siren: String!, $first: Int) {
    publicationsAboutCompany(siren: $siren, first: $first) {
      nodes {
        id
        invoiceId
        invoiceNumber
        amountCents
        currency
        dueDate
        status
        statement
        requestedAt
        answerUntil
        debtorWaivedAnswerPeriod
        decisionReason
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

export type PublicationAboutMe = PublicationsAboutCompanyQuery['publicationsAboutCompany']['nodes'][number];
