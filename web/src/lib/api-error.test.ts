import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphQLError, mockGraphQL } from '../test/fetch-mock';
import { fr } from '../i18n/fr';
import { ME_QUERY as ME } from '../features/auth/graphql/queries/me.query';
import { createApolloClient } from './apollo-client';
import { ApiError, toApiError } from './api-error';

async function failure(): Promise<ApiError> {
  const client = createApolloClient('http://localhost/graphql');
  const error = await client.query({ query: ME, fetchPolicy: 'network-only' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return toApiError(error);
}

afterEach(() => vi.unstubAllGlobals());

describe('API errors as the user sees them', () => {
  it('POSTs to /graphql with the session cookie and the operation name', async () => {
    const { calls, fetchMock } = mockGraphQL({ Me: () => ({ data: { me: null } }) });

    const { data } = await createApolloClient('http://localhost/graphql').query({ query: ME });

    expect(data).toEqual({ me: null });
    expect(fetchMock).toHaveBeenCalledWith('http://localhost/graphql', expect.objectContaining({ method: 'POST', credentials: 'include' }));
    expect(calls[0]?.operationName).toBe('Me');
  });

  it('carries the code, the reason and the French message of the first GraphQL error', async () => {
    mockGraphQL({
      Me: () => ({ data: null, errors: [{ message: 'Cette entreprise est déjà revendiquée.', extensions: { code: 'CONFLICT', reason: 'ALREADY_CLAIMED' } }] }),
    });

    const error = await failure();

    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLAIMED' });
    expect(error.userMessage).toBe('Cette entreprise est déjà revendiquée.');
  });

  it('never shows a technical server message: internal errors get our own French text', async () => {
    mockGraphQL({ Me: () => graphQLError('INTERNAL_SERVER_ERROR', 'TypeError: cannot read properties of undefined') });

    const error = await failure();

    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.userMessage).toBe(fr.errors.internal);
  });

  it('treats an unknown error code as an internal error', async () => {
    mockGraphQL({ Me: () => graphQLError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "ping"') });

    expect((await failure()).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('turns a network failure into NETWORK_ERROR with a human message', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));

    const error = await failure();

    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.userMessage).toBe(fr.errors.network);
  });

  it('maps a 503 without a GraphQL body to SERVICE_UNAVAILABLE', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad gateway', { status: 503 })));

    const error = await failure();

    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.userMessage).toBe(fr.errors.unavailable);
  });

  it('reads the GraphQL error of a 429 answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(graphQLError('RATE_LIMITED', 'Trop de recherches, patientez une minute.')), { status: 429, headers: { 'content-type': 'application/json' } })),
    );

    expect(await failure()).toMatchObject({ code: 'RATE_LIMITED', userMessage: 'Trop de recherches, patientez une minute.' });
  });

  it('gives a French fallback for a user-facing code sent without a message', () => {
    expect(new ApiError('INSUFFICIENT_TOKENS', '').userMessage).toBe(fr.errors.insufficientTokens);
  });
});
