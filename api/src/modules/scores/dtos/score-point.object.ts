import { Field, Float, ObjectType } from '@nestjs/graphql';

/** One day of a company's score history (for the chart). */
@ObjectType('ScorePoint')
export class ScorePointObject {
  @Field(() => String, { description: 'ISO date YYYY-MM-DD (Europe/Paris).' })
  day!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  grade!: string;
}
