import { vi } from 'vitest';

export interface RecordedCall {
  operationName: string | undefined;
  variables: Record<string, unknown>;
  init: RequestInit;
}

type Responder = (call: RecordedCall) => unknown;

/**
 * Replaces global fetch with a GraphQL responder keyed by operation name and records each call.
 * A responder returns the JSON body to answer with, or throws to simulate a network failure.
 */
export function mockGraphQL(responders: Record<string, Responder>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (_url: RequestInfo | URL, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as { operationName?: string; variables?: Record<string, unknown> };
    const call: RecordedCall = { operationName: body.operationName, variables: body.variables ?? {}, init };
    calls.push(call);
    const responder = body.operationName ? responders[body.operationName] : undefined;
    if (!responder) throw new Error(`no responder for ${body.operationName}`);
    const json = responder(call);
    return new Response(JSON.stringify(json), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export function graphQLError(code: string, message: string) {
  return { data: null, errors: [{ message, extensions: { code } }] };
}
