import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphQLError, mockGraphQL } from '../test/fetch-mock';
import { fr } from '../i18n/fr';
import { ApiError, gql, graphqlRequest } from './graphql-client';

const PING = gql<{ ping: string }, { name: string }>(`query Ping($name: String!) { ping(name: $name) }`);

afterEach(() => vi.unstubAllGlobals());

describe('graphqlRequest', () => {
  it('POSTs JSON to /graphql with the session cookie and the operation name', async () => {
    const { calls, fetchMock } = mockGraphQL({ Ping: () => ({ data: { ping: 'pong' } }) });

    const data = await graphqlRequest(PING, { name: 'x' });

    expect(data).toEqual({ ping: 'pong' });
    expect(fetchMock).toHaveBeenCalledWith('/graphql', expect.objectContaining({ method: 'POST', credentials: 'include' }));
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/json');
    expect(calls[0]).toMatchObject({ operationName: 'Ping', variables: { name: 'x' } });
  });

  it('throws an ApiError carrying the code and the French message of the first error', async () => {
    mockGraphQL({ Ping: () => graphQLError('UNAUTHENTICATED', 'E-mail ou mot de passe incorrect.') });

    const error = await graphqlRequest(PING, { name: 'x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'E-mail ou mot de passe incorrect.' });
    expect((error as ApiError).userMessage).toBe('E-mail ou mot de passe incorrect.');
  });

  it('never shows a technical server message: internal errors get our own French text', async () => {
    mockGraphQL({ Ping: () => graphQLError('INTERNAL_SERVER_ERROR', 'TypeError: cannot read properties of undefined') });

    const error = (await graphqlRequest(PING, { name: 'x' }).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.userMessage).toBe(fr.errors.internal);
  });

  it('treats an unknown error code as an internal error', async () => {
    mockGraphQL({ Ping: () => graphQLError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "ping"') });

    await expect(graphqlRequest(PING, { name: 'x' })).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('turns a network failure into NETWORK_ERROR with a human message', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));

    const error = (await graphqlRequest(PING, { name: 'x' }).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.userMessage).toBe(fr.errors.network);
  });

  it('maps a 503 without a GraphQL body to SERVICE_UNAVAILABLE', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad gateway', { status: 503 })));

    await expect(graphqlRequest(PING, { name: 'x' })).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
