import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The one Apollo client of the app. Same-origin `/graphql` with the session cookie (the API serves
 * the app in production; Vite proxies it in development).
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: 'include',
      // Read the global at call time, so tests can stub fetch after the client exists.
      fetch: (input, init) => fetch(input, init),
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // Companies are public and identified by SIREN; they have no `id`.
        Company: { keyFields: ['siren'] },
        // A membership is a (user, company) pair: never merge two users' rows by SIREN.
        MemberCompany: { keyFields: false },
        Me: { keyFields: ['id'] },
      },
    }),
    defaultOptions: {
      // Show cached data at once, then what the server says now.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
