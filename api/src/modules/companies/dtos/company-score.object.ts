import { Field, Float, ObjectType } from '@nestjs/graphql';

/** A company's payer score (DESIGN §5). Materialised by the scores feature. */
@ObjectType('CompanyScore')
export class CompanyScoreObject {
  @Field(() => Float, { description: '0–100, one decimal; 80 ≈ pays on terms.' })
  value!: number;

  @Field(() => String, { description: 'A to E.' })
  grade!: string;

  @Field(() => Float, { description: '0–1: grows with independent creditors.' })
  confidence!: number;

  @Field(() => Boolean)
  enoughData!: boolean;
}
