import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { MyCompanyScoreObject } from './dtos/my-company-score.object.js';
import { MyCompanyScoreService } from './my-company-score.service.js';

@Resolver(() => MyCompanyScoreObject)
@UseGuards(AuthGuard)
export class MyCompanyScoreResolver {
  constructor(private readonly service: MyCompanyScoreService) {}

  @Query(() => MyCompanyScoreObject, { description: 'Your company’s score explained, with what to pay first. Members only.' })
  myCompanyScore(@CurrentActor() actor: Actor, @Args('siren', { type: () => String }) siren: string): Promise<MyCompanyScoreObject> {
    return this.service.forMember(actor, siren);
  }
}
