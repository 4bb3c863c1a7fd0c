import type { ApolloServerPlugin } from '@apollo/server';
import { DATABASE_UNAVAILABLE } from '../common/errors/format-graphql-error.js';

/** Seconds a client is told to wait before retrying while PostgreSQL is unreachable. */
const RETRY_AFTER_SECONDS = 5;

/**
 * While PostgreSQL cannot be reached (restarting, failing over), a GraphQL response carrying that
 * error goes out as HTTP 503 with Retry-After, so load balancers, clients and monitors see an
 * outage rather than a 200; its body still carries `SERVICE_UNAVAILABLE` and the French message.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.reason === DATABASE_UNAVAILABLE)) return;
          // @nestjs/apollo's own plugin sets the status of any response with a `data` key back to
          // 200 in this same hook (all hooks start together); yield once so this decision comes last.
          await Promise.resolve();
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
