import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { createApolloClient } from '../lib/apollo-client';

/** A fresh Apollo client (empty cache) per rendered test, talking to the stubbed global fetch. */
export function TestApi({ children }: { children: ReactNode }) {
  const [client] = useState(() => createApolloClient('http://localhost/graphql'));
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
