import type { GraphQLPostBody } from './cacheable-operation.js';

/** A header as Node's ServerResponse holds it. */
export type HeaderValue = number | string | readonly string[];

/**
 * A whole HTTP answer to a GraphQL request, as the API sent it: replayed as is (status, headers,
 * bytes) to the next identical anonymous request, so a cached answer cannot differ from an executed one.
 */
export interface CachedResponse {
  status: number;
  /** The headers the GraphQL layer set (cache-control, content-type…), in order, names as set. */
  headers: readonly (readonly [string, HeaderValue])[];
  /** The body, byte for byte. */
  body: string;
}

/** What executing a request again needs: its body and the Accept header it came with. */
export interface ReplayableRequest {
  body: GraphQLPostBody;
  accept: string | undefined;
}
