import type { OutgoingHttpHeader, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '../../../observability/logging/request-id.js';

/**
 * A cached answer as the header lines a response actually wrote for it (security headers, request
 * id, Apollo's, express's Content-Length and ETag: names as written, in order) and its bytes, to be
 * written again in one `writeHead` + `end`, with another request id. Learnt from a response sent the
 * full way, so it cannot differ from one.
 */
export interface WireAnswer {
  status: number;
  /** name, value, name, value… as `writeHead` takes them. */
  lines: readonly (string | OutgoingHttpHeader)[];
  /** Where the request id's value is in `lines`. */
  requestIdAt: number;
  body: Buffer;
}

/** What `res` wrote for `body`; null when it carried no request id to put another in. */
export function learnWire(res: ServerResponse, body: string): WireAnswer | null {
  const names = rawHeaderNames(res);
  const requestIdAt = names.findIndex((name) => name.toLowerCase() === REQUEST_ID_HEADER);
  if (requestIdAt < 0) return null;
  const lines = names.flatMap((name) => [name, res.getHeader(name) ?? '']);
  return { status: res.statusCode, lines, requestIdAt: requestIdAt * 2 + 1, body: Buffer.from(body, 'utf8') };
}

/** Writes the answer again; only on a response that has no header set yet (else writeHead would merge). */
export function writeWire(res: ServerResponse, wire: WireAnswer, requestId: string): void {
  const lines = wire.lines.slice();
  lines[wire.requestIdAt] = requestId;
  res.writeHead(wire.status, lines as OutgoingHttpHeader[]);
  res.end(wire.body);
}

/** Header names as set, in order. Every OutgoingMessage has it (Node ≥ 15.7); @types/node 20 declares it on ClientRequest only. */
function rawHeaderNames(res: ServerResponse): string[] {
  return (res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames();
}
