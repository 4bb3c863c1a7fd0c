import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../../graphql/graphql-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { DeleteMyAccountInput } from './dtos/delete-my-account.input.js';
import { PersonalDataService } from './personal-data.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @Query(() => String, { description: 'Everything Bonpayeur holds about you, as a JSON document (RGPD art. 15 and 20).' })
  async myPersonalData(@CurrentActor() actor: Actor): Promise<string> {
    return JSON.stringify(await this.personalData.export(actor), null, 2);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes your account (RGPD art. 17). Invoices and token ledger entries stay with their company, no longer linked to you.',
  })
  async deleteMyAccount(@CurrentActor() actor: Actor, @Args('input') input: DeleteMyAccountInput, @Context() { res }: GraphQLContext): Promise<boolean> {
    await this.personalData.deleteAccount(actor, input.password);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
