import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { formatGraphQLError } from '../common/errors/format-graphql-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppConfig } from '../config/env.variables.js';
import { graphqlObservabilityPlugin } from '../observability/metrics/graphql-observability.plugin.js';
import { Clock } from '../common/clock.js';
import { ProfileCache } from '../modules/profile-cache/profile-cache.service.js';
import { ProfileCacheModule } from '../modules/profile-cache/profile-cache.module.js';
import { responseCachePlugin } from '../modules/profile-cache/response/response-cache.plugin.js';
import { ProfileFastPath } from '../modules/profile-cache/response/profile-fast-path.js';
import { ProfileResponseRefresher } from '../modules/profile-cache/response/profile-response-refresher.js';
import { depthLimitRule } from './depth-limit.rule.js';
import { queryCostRule } from './query-cost.rule.js';
import { serviceUnavailablePlugin } from './service-unavailable.plugin.js';
import { DomainExceptionFilter } from './domain-exception.filter.js';
import { PublicRateLimitMiddleware } from './public-rate-limit.middleware.js';
import { PublicRateLimiter } from './public-rate-limiter.js';
import { GraphQLContext } from './graphql-context.js';

export const MAX_QUERY_DEPTH = 8;

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [ProfileCacheModule],
      inject: [APP_CONFIG, ProfileCache, Clock],
      useFactory: (config: AppConfig, profiles: ProfileCache, clock: Clock) => ({
        // Built in memory; `npm run schema` writes api/schema.gql and a test keeps it fresh.
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        playground: false,
        introspection: config.nodeEnv !== 'production',
        context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
        formatError: formatGraphQLError,
        validationRules: [depthLimitRule(MAX_QUERY_DEPTH), queryCostRule()],
        plugins: [graphqlObservabilityPlugin(), serviceUnavailablePlugin(), responseCachePlugin(profiles, clock)],
        // Apollo's CSRF prevention stays on: cookie-authenticated mutations need a
        // non-simple content type or the apollo-require-preflight header.
        csrfPrevention: true,
      }),
    }),
  ],
  // ProfileFastPath is mounted by bootstrapApi at the front of the HTTP chain.
  providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }, PublicRateLimiter, ProfileFastPath, ProfileResponseRefresher],
})
export class GraphQLApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicRateLimitMiddleware).forRoutes('graphql');
  }
}
