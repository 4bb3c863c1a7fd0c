import type { Request, Response } from 'express';

/** What every resolver receives as GraphQL context. */
export interface GraphQLContext {
  req: Request;
  res: Response;
}
