import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
/** An id a proxy in front of us generated is reused, if it looks like one (no log injection). */
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The request id: the caller's `X-Request-Id` when well formed, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
}

/** The request id (requestIdFor), echoed back in the response. */
export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const id = requestIdFor(req);
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
