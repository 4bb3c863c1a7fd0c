import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ScoreContributionObject } from './score-contribution.object.js';
import { ScoreImprovementStepObject } from './score-improvement-step.object.js';
import { ScoreTrendObject } from './score-trend.object.js';

/** A company's own, explained view of its score (members only), computed on request at today. */
@ObjectType('MyCompanyScore')
export class MyCompanyScoreObject {
  @Field(() => String)
  siren!: string;

  @Field(() => String, { description: 'The day the score is computed for, ISO YYYY-MM-DD (Europe/Paris).' })
  asOf!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  grade!: string;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Boolean)
  enoughData!: boolean;

  @Field(() => ScoreTrendObject)
  trend!: ScoreTrendObject;

  @Field(() => [ScoreContributionObject], { description: 'Largest effect first; 70 + Σ effect = value.' })
  contributions!: ScoreContributionObject[];

  @Field(() => [ScoreImprovementStepObject], { description: 'Open invoices to pay first, best gain first.' })
  improvementPlan!: ScoreImprovementStepObject[];
}
