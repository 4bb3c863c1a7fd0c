import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { CachedResponse, ReplayableRequest } from '../domain/cached-response.js';
import { sirensIn } from '../domain/cacheable-operation.js';
import { ProfileCache } from '../profile-cache.service.js';

/**
 * Executes a stored public-profile request again, in the background, for ProfileCache's refresh
 * ahead of the age limit: through the same Apollo server, schema, validation and resolvers as an
 * HTTP request, as an anonymous visitor (no cookies), and returns the answer the express
 * integration would have sent (status, Apollo's headers in order, body) when it is one to store.
 */
@Injectable()
export class ProfileResponseRefresher implements OnApplicationBootstrap {
  private readonly logger = new Logger(ProfileResponseRefresher.name);

  constructor(
    private readonly profiles: ProfileCache,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    const graphql = this.moduleRef.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false });
    const apollo = graphql.graphQlAdapter.instance;
    this.profiles.setRefresher((request) => this.execute(apollo, request));
  }

  private async execute(apollo: ApolloServer<BaseContext>, request: ReplayableRequest): Promise<{ response: CachedResponse; sirens: Set<string> } | null> {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    if (request.accept !== undefined) headers.set('accept', request.accept);
    // What the resolvers of cacheable fields read of the request: no session cookie (anonymous); they
    // also use it as the key of per-request batches. No `res`: the response-cache plugin skips it.
    const req = { method: 'POST', headers: Object.fromEntries(headers), body: request.body, cookies: {} };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: request.body },
      context: async () => ({ req }),
    });
    // Not stored, so it expires at its age limit; anything but 200 here is an outage or a bug worth seeing.
    if ((result.status ?? 200) !== 200 || result.body.kind !== 'complete') {
      this.logger.warn(`Profile refresh answered ${result.status ?? 200}; the cached answer will expire`);
      return null;
    }
    const parsed = JSON.parse(result.body.string) as { data?: unknown; errors?: unknown[] };
    if (parsed.errors?.length) return null;
    return { response: { status: 200, headers: [...result.headers], body: result.body.string }, sirens: sirensIn(parsed.data) };
  }
}
