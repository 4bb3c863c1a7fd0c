import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { formatGraphQLError } from '../common/errors/format-graphql-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppConfig } from '../config/env.variables.js';
import { depthLimitRule } from './depth-limit.rule.js';
import { DomainExceptionFilter } from './domain-exception.filter.js';
import { PublicRateLimitMiddleware } from './public-rate-limit.middleware.js';
import { GraphQLContext } from './graphql-context.js';

export const MAX_QUERY_DEPTH = 8;

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Built in memory; `npm run schema` writes api/schema.gql and a test keeps it fresh.
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        playground: false,
        introspection: config.nodeEnv !== 'production',
        context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
        formatError: formatGraphQLError,
        validationRules: [depthLimitRule(MAX_QUERY_DEPTH)],
        // Apollo's CSRF prevention stays on: cookie-authenticated mutations need a
        // non-simple content type or the apollo-require-preflight header.
        csrfPrevention: true,
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }],
})
export class GraphQLApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicRateLimitMiddleware).forRoutes('graphql');
  }
}
