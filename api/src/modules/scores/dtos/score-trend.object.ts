import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ScoreTrendDirection {
  UP = 'UP',
  DOWN = 'DOWN',
  STABLE = 'STABLE',
}

registerEnumType(ScoreTrendDirection, { name: 'ScoreTrendDirection', description: 'Compared with the score 30 days earlier.' });

@ObjectType('ScoreTrend')
export class ScoreTrendObject {
  @Field(() => ScoreTrendDirection, { description: 'UP or DOWN when the score moved by at least one point in 30 days.' })
  direction!: ScoreTrendDirection;

  @Field(() => Float, { description: 'Score today minus the score 30 days earlier, one decimal.' })
  delta!: number;
}
