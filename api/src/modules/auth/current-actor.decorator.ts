import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { CommonException } from '../../common/errors/common.exception.js';
import { GraphQLContext } from '../../graphql/graphql-context.js';
import { Actor } from './domain/actor.js';

/** The authenticated actor, set by AuthGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { req } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
  if (!req.actor) throw CommonException.unauthenticated();
  return req.actor;
});
