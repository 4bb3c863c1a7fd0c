import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { processRegistry } from '../../observability/metrics/process-metrics.js';
import { AdminRequest } from './admin-request.js';
import { ClusterMetrics } from './cluster-metrics.js';

/**
 * Prometheus exposition: this API process's metrics (HTTP, GraphQL, pool, runtime) followed by the
 * deployment-wide gauges read at scrape (queues, reminders, tokens, scores). Bearer METRICS_TOKEN or
 * an ADMIN session; anything else gets 401 without a hint of what is there.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly access: AdminRequest,
    private readonly cluster: ClusterMetrics,
  ) {}

  @Get()
  async metrics(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.access.hasMetricsToken(req) && !(await this.access.isAdmin(req))) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'UNAUTHENTICATED' });
      return;
    }
    const body = `${await processRegistry.metrics()}\n${await this.cluster.metrics()}`;
    res.status(200).type(processRegistry.contentType).send(body);
  }
}
