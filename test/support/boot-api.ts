import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { bootstrapApi } from '../../api/src/bootstrap-api.js';
import { Clock } from '../../api/src/common/clock.js';
import { AppConfig } from '../../api/src/config/env.variables.js';
import { GraphQLClient } from './graphql-client.js';
import { testConfig } from './test-config.js';

export interface TestApi {
  app: NestExpressApplication;
  config: AppConfig;
  url: string;
  /** A fresh client with its own cookie jar (one "browser"). */
  client(): GraphQLClient;
  close(): Promise<void>;
}

/** Boots the real API in-process on a random port, against the run's database and real Redis. */
export async function bootTestApi(options: { clock?: Clock; env?: Record<string, string>; logDestination?: DestinationStream } = {}): Promise<TestApi> {
  const config = testConfig(options.env);
  const app = await bootstrapApi({
    config,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logDestination ? { logDestination: options.logDestination } : {}),
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    url,
    client: () => new GraphQLClient(url),
    close: () => app.close(),
  };
}
