import { buildSchema, graphqlSync, type ExecutionResult } from 'graphql';
import { vi } from 'vitest';
import schemaSource from '../../../api/schema.gql?raw';

export interface RecordedCall {
  operationName: string | undefined;
  variables: Record<string, unknown>;
  init: RequestInit;
}

type Responder = (call: RecordedCall) => unknown;

const schema = buildSchema(schemaSource);

/**
 * A responder's `data` is executed against the API's committed schema with the real query, so
 * the answer has exactly the shape (and `__typename`s) the server would give, and a test whose
 * data or query does not fit the schema fails loudly instead of passing on a made-up shape.
 */
function answer(query: string, variables: Record<string, unknown>, json: unknown): unknown {
  const body = json as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (body.errors || !body.data) return body;
  const result: ExecutionResult = graphqlSync({ schema, source: query, rootValue: body.data, variableValues: variables });
  if (result.errors?.length) throw new Error(`mock data does not fit the schema: ${result.errors.map((e) => e.message).join('; ')}`);
  return result;
}

/**
 * Replaces global fetch with a GraphQL responder keyed by operation name and records each call.
 * A responder returns the JSON body to answer with, or throws to simulate a network failure.
 */
export function mockGraphQL(responders: Record<string, Responder>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (_url: RequestInfo | URL, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as { query: string; operationName?: string; variables?: Record<string, unknown> };
    const call: RecordedCall = { operationName: body.operationName, variables: body.variables ?? {}, init };
    calls.push(call);
    const responder = body.operationName ? responders[body.operationName] : undefined;
    if (!responder) throw new Error(`no responder for ${body.operationName}`);
    const json = answer(body.query, call.variables, responder(call));
    return new Response(JSON.stringify(json), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export function graphQLError(code: string, message: string) {
  return { data: null, errors: [{ message, extensions: { code } }] };
}
