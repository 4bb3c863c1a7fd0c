import type { Request, Response } from 'express';
import type { Actor } from '../modules/auth/domain/actor.js';

/** The HTTP request, with the actor once AuthGuard has resolved it. */
export type AuthenticatedRequest = Request & { actor?: Actor };

/** What every resolver receives as GraphQL context. */
export interface GraphQLContext {
  req: AuthenticatedRequest;
  res: Response;
}
