import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { CommonException } from '../../../common/errors/common.exception.js';
import { GraphQLContext } from '../../../graphql/graphql-context.js';
import { SESSION_COOKIE, SessionService } from '../session.service.js';

/** Lets a GraphQL operation through only with a valid session; the actor lands on `req.actor`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly sessions: SessionService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    req.actor ??= (await this.sessions.resolve(readSessionCookie(req.cookies))) ?? undefined;
    if (!req.actor) throw CommonException.unauthenticated();
    return true;
  }
}

export function readSessionCookie(cookies: unknown): string | undefined {
  if (typeof cookies !== 'object' || cookies === null) return undefined;
  const value = (cookies as Record<string, unknown>)[SESSION_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
