import { Field, ObjectType } from '@nestjs/graphql';
import type { CompanyRecord } from '../domain/company-record.js';
import { CompanyScoreObject } from './company-score.object.js';

/** The public face of a company: built field by field, so no private column leaks. */
@ObjectType('Company')
export class CompanyObject {
  @Field(() => String)
  siren!: string;

  @Field(() => String, { description: "For a sole trader: the trade name or a neutral label, never the person's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'INSEE catégorie juridique code (e.g. 5710 = SAS).' })
  legalForm!: string | null;

  @Field(() => String, { nullable: true, description: 'NAF activity code (e.g. 10.71C).' })
  activityCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => Boolean, { description: 'False once the company has ceased (état administratif C).' })
  active!: boolean;

  @Field(() => String, { nullable: true, description: 'Creation date, ISO YYYY-MM-DD.' })
  createdOn!: string | null;

  /** Resolved by the scores feature (CompanyScoreResolver); null = not enough data yet. */
  @Field(() => CompanyScoreObject, {
    nullable: true,
    description: 'Null while the company has no score yet (not enough data).',
  })
  score?: CompanyScoreObject | null;
}

export function toCompanyObject(company: Omit<CompanyRecord, 'source' | 'soleTrader'>): CompanyObject {
  const object = new CompanyObject();
  object.siren = company.siren;
  object.name = company.name;
  object.legalForm = company.legalForm;
  object.activityCode = company.activityCode;
  object.city = company.city;
  object.active = company.active;
  object.createdOn = company.createdOn;
  return object;
}
