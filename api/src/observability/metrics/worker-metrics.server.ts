import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { bearerMatches } from '../../modules/operations/admin-request.js';
import { processRegistry } from './process-metrics.js';

/**
 * The worker has no HTTP server of its own: with WORKER_METRICS_PORT set it serves this process's
 * metrics (jobs, pool, runtime) at GET /metrics on that port, behind the same bearer METRICS_TOKEN.
 * Deployment-wide gauges (queue depth, oldest due message…) come from the API's /metrics.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | null = null;
  private readonly logger = new Logger(WorkerMetricsServer.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The port actually bound (WORKER_METRICS_PORT may ask for any free one in tests); null when off. */
  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { workerMetricsPort: port, metricsToken } = this.config.operations;
    if (port === 0) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      if (!bearerMatches(req.headers.authorization, metricsToken)) {
        res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
        return;
      }
      processRegistry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': processRegistry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '0.0.0.0', resolve));
    this.logger.log(`Worker metrics on port ${(this.server.address() as AddressInfo).port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
