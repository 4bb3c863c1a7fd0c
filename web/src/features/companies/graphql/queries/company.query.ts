import { gql } from '../../../../lib/graphql-client';
import type { CompanyScore } from '../fragments/company-summary.fragment';

export interface CompanyVariables {
  siren: string;
}

export interface CompanyDetails {
  siren: string;
  name: string;
  legalForm: string | null;
  activityCode: string | null;
  city: string | null;
  active: boolean;
  createdOn: string | null;
  score: CompanyScore | null;
}

export interface CompanyResult {
  /** Null when no company has this SIREN. */
  company: CompanyDetails | null;
}

export const COMPANY_QUERY = gql<CompanyResult, CompanyVariables>(/* GraphQL */ `
  query Company($siren: String!) {
    company(siren: $siren) {
      siren
      name
      legalForm
      activityCode
      city
      active
      createdOn
      score {
        value
        grade
        confidence
        enoughData
      }
    }
  }
`);
