/** The company fields a list row or a link needs. */
export const COMPANY_SUMMARY_FRAGMENT = /* GraphQL */ `
  fragment CompanySummary on Company {
    siren
    name
    legalForm
    city
    active
    score {
      value
      grade
      confidence
      enoughData
    }
  }
`;

export interface CompanyScore {
  value: number;
  grade: string;
  confidence: number;
  enoughData: boolean;
}

export interface CompanySummary {
  siren: string;
  name: string;
  legalForm: string | null;
  city: string | null;
  active: boolean;
  /** Null until the score is computed for this company ("pas encore assez de données"). */
  score: CompanyScore | null;
}
