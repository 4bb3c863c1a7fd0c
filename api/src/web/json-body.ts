import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';

const DEFERRED_ERROR = Symbol('bonpayeur.deferredBodyError');
type WithDeferredError = Request & { [DEFERRED_ERROR]?: unknown };

/** The JSON body parser, usable ahead of its place in the chain. */
export interface JsonBodyParser {
  /**
   * Parses now (for ProfileFastPath, at the front of the chain), then calls `then` whatever
   * happened: a failure is kept for `inPlace` to raise, so the request meets it after the same
   * middleware as it always did (security headers, request log, metrics), with the same error.
   */
  early(req: Request, res: Response, then: () => void): void;
  /** The parser at its place in the chain; a body already read is left as parsed (body-parser skips a finished request). */
  inPlace: RequestHandler;
}

export function jsonBodyParser(options: { limit: string }): JsonBodyParser {
  const parse = json(options);
  return {
    early(req, res, then) {
      parse(req, res, (error?: unknown) => {
        if (error !== undefined) (req as WithDeferredError)[DEFERRED_ERROR] = error;
        then();
      });
    },
    inPlace(req: Request, res: Response, next: NextFunction) {
      const holder = req as WithDeferredError;
      if (DEFERRED_ERROR in holder) {
        const error = holder[DEFERRED_ERROR];
        delete holder[DEFERRED_ERROR];
        return next(error);
      }
      parse(req, res, next);
    },
  };
}
