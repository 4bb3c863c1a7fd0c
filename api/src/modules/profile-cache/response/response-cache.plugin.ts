import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { Clock } from '../../../common/clock.js';
import { isAnonymous } from '../anonymous.js';
import type { ReplayableRequest } from '../domain/cached-response.js';
import { isCacheableProfileOperation, responseCacheKey, sirensIn, type GraphQLPostBody } from '../domain/cacheable-operation.js';
import { ProfileCache } from '../profile-cache.service.js';
import { captureSentResponse } from './capture-sent-response.js';
import { cacheDay } from '../domain/cache-day.js';

interface ContextWithHttp {
  req?: Request;
  res?: Response;
}

/**
 * Stores the answer of anonymous public-profile queries that succeeded, exactly as sent (status,
 * the headers GraphQL set, the bytes), tagged with every SIREN it shows; ProfileFastPath answers the
 * next identical request with it at the front of the HTTP chain, before Apollo runs. A request
 * without `res` (ProfileResponseRefresher's) is not stored here: the refresher stores its answer.
 */
export function responseCachePlugin(profiles: ProfileCache, clock: Clock): ApolloServerPlugin<ContextWithHttp> {
  return {
    async requestDidStart({ contextValue }) {
      const { req, res } = contextValue;
      if (!profiles.enabled || !req || !res || req.method !== 'POST' || !isAnonymous(req)) return;
      // Read before executing: a signal from now on means what is read may be older than it.
      const signalsBefore = profiles.signalCount;
      const key = responseCacheKey(req.body, req.headers.accept, cacheDay(clock.now()));
      // Headers already set (security headers, request id) are the chain's, not the answer's.
      const chainHeaders = new Set(res.getHeaderNames());
      let cacheable = false;
      return {
        async didResolveOperation({ document, operation }) {
          cacheable = key !== null && operation !== undefined && isCacheableProfileOperation(document, operation);
        },
        async willSendResponse({ response }) {
          if (!cacheable || key === null || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const sirens = sirensIn(response.body.singleResult.data);
          const request: ReplayableRequest = { body: replayableBody(req.body as GraphQLPostBody), accept: req.headers.accept };
          captureSentResponse(res, chainHeaders, (sent) => {
            if (sent.status === 200) profiles.storeResponse(key, sent, request, sirens, signalsBefore);
          });
        },
      };
    },
  };
}

/** The fields Apollo reads, those present only: Apollo tells an absent field from one set to undefined. */
function replayableBody(body: GraphQLPostBody): GraphQLPostBody {
  const copy: GraphQLPostBody = {};
  for (const field of ['query', 'variables', 'operationName', 'extensions'] as const) if (field in body) copy[field] = body[field];
  return copy;
}
