import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { Clock } from '../../../common/clock.js';
import { parisDate } from '../../invoices/domain/calendar-date.js';
import { isAnonymous } from '../anonymous.js';
import { isCacheableProfileOperation, responseCacheKey, sirensIn } from '../domain/cacheable-operation.js';
import { ProfileCache } from '../profile-cache.service.js';

interface ContextWithReq {
  req?: Request;
}

/**
 * Stores the JSON of anonymous public-profile queries that succeeded, tagged with every SIREN they
 * show; ResponseCacheMiddleware answers the next identical request with it, before Apollo runs.
 */
export function responseCachePlugin(profiles: ProfileCache, clock: Clock): ApolloServerPlugin<ContextWithReq> {
  return {
    async requestDidStart({ contextValue }) {
      const req = contextValue.req;
      if (!profiles.enabled || !req || !isAnonymous(req) || req.method !== 'POST') return;
      const signalsBefore = profiles.signalCount;
      let cacheable = false;
      return {
        async didResolveOperation({ document, operation }) {
          cacheable = operation !== undefined && isCacheableProfileOperation(document, operation);
        },
        async willSendResponse({ response }) {
          if (!cacheable || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const key = responseCacheKey(req.body as Record<string, unknown>, parisDate(clock.now()));
          if (!key) return;
          const result = response.body.singleResult;
          profiles.storeResponse(key, JSON.stringify(result), sirensIn(result.data), signalsBefore);
        },
      };
    },
  };
}
