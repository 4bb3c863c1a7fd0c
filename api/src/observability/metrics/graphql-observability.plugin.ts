import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { requestFacts } from '../logging/request-facts.js';
import { graphqlErrors, graphqlOperationDuration } from './process-metrics.js';

interface ContextWithReq {
  req?: IncomingMessage;
}

/**
 * Times each GraphQL operation and counts its errors by public code. The operation label is the
 * type and first root field once validated (`mutation signUp`): bounded by the schema, unlike the
 * client-chosen operationName.
 */
export function graphqlObservabilityPlugin(): ApolloServerPlugin<ContextWithReq> {
  return {
    async requestDidStart() {
      const stop = graphqlOperationDuration.startTimer();
      let operation = 'unresolved';
      return {
        async didResolveOperation(context) {
          const definition = context.operation;
          if (!definition) return;
          const first = definition.selectionSet.selections.find((selection) => selection.kind === 'Field');
          operation = `${definition.operation} ${first && first.kind === 'Field' ? first.name.value : '?'}`;
          if (context.contextValue.req) requestFacts(context.contextValue.req).graphqlOperation = operation;
        },
        async willSendResponse(context: GraphQLRequestContext<ContextWithReq>) {
          stop({ operation });
          const body = context.response.body;
          const errors = body?.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = errors.map((error: GraphQLFormattedError) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) graphqlErrors.inc({ code, operation });
          if (codes.length > 0 && context.contextValue.req) requestFacts(context.contextValue.req).graphqlErrorCodes = codes;
        },
      };
    },
  };
}
