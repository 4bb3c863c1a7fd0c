import type { Response } from 'express';
import type { CachedResponse } from '../domain/cached-response.js';

/**
 * Calls `capture` with what is then sent through `res` by one `res.send(string)` (how
 * @as-integrations/express5 answers a single GraphQL result): the status, the headers set since
 * `chainHeaders` were (Apollo's: cache-control, content-type), names as set and in order, and the
 * body. Whatever express adds in `send` itself (length, ETag) it adds again when the copy is replayed.
 */
export function captureSentResponse(res: Response, chainHeaders: ReadonlySet<string>, capture: (sent: CachedResponse) => void): void {
  const send = res.send;
  res.send = function sendAndCapture(this: Response, body?: unknown) {
    res.send = send;
    if (typeof body === 'string') {
      const headers = rawHeaderNames(res)
        .filter((name) => !chainHeaders.has(name.toLowerCase()))
        .flatMap((name) => {
          const value = res.getHeader(name);
          return value === undefined ? [] : [[name, value] as const];
        });
      capture({ status: res.statusCode, headers, body });
    }
    return send.call(this, body);
  } as Response['send'];
}

/** Header names as set, in order. Every OutgoingMessage has it (Node ≥ 15.7); @types/node 20 declares it on ClientRequest only. */
function rawHeaderNames(res: Response): string[] {
  return (res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames();
}
