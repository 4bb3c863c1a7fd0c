import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../../graphql/graphql-context.js';
import { AuthService, OpenedSession } from './auth.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { Actor } from './domain/actor.js';
import { InviteMemberInput, SwitchCompanyInput } from './dtos/invite-member.input.js';
import { LogInInput } from './dtos/log-in.input.js';
import { Invitation, Me } from './dtos/me.object.js';
import { SignUpInput } from './dtos/sign-up.input.js';
import { AuthGuard, readSessionCookie } from './guards/auth.guard.js';
import { SESSION_COOKIE, SessionService } from './session.service.js';

@Resolver(() => Me)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Query(() => Me, { nullable: true, description: 'The logged-in user, or null.' })
  async me(@Context() { req }: GraphQLContext): Promise<Me | null> {
    const actor = await this.sessions.resolve(readSessionCookie(req.cookies));
    return actor ? this.auth.me(actor) : null;
  }

  @Mutation(() => Me)
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphQLContext): Promise<Me> {
    return this.withCookie(context, await this.auth.signUp(input));
  }

  @Mutation(() => Me)
  async logIn(@Args('input') input: LogInInput, @Context() context: GraphQLContext): Promise<Me> {
    const clientAddress = context.req.ip ?? 'unknown';
    return this.withCookie(context, await this.auth.logIn(input.email, input.password, clientAddress));
  }

  @Mutation(() => Boolean)
  async logOut(@Context() { req, res }: GraphQLContext): Promise<boolean> {
    const token = readSessionCookie(req.cookies);
    if (token) await this.sessions.close(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Me)
  @UseGuards(AuthGuard)
  switchCompany(@CurrentActor() actor: Actor, @Args('input') input: SwitchCompanyInput): Promise<Me> {
    return this.auth.switchCompany(actor, input.siren);
  }

  @Mutation(() => Invitation)
  @UseGuards(AuthGuard)
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.auth.inviteMember(actor, input.email, input.role);
  }

  private withCookie({ res }: GraphQLContext, session: OpenedSession): Me {
    res.cookie(SESSION_COOKIE, session.token, this.sessions.cookieOptions(session.expiresAt));
    return session.me;
  }
}
