import { Module } from '@nestjs/common';
import { AdminRequest } from './admin-request.js';
import { ClusterMetrics } from './cluster-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { ALL_QUEUES_PROVIDER, OPERATIONS_QUEUES } from './operations-queues.js';

/** Operator endpoints of the API role: /metrics and the queue dashboard. */
@Module({
  imports: [OPERATIONS_QUEUES],
  controllers: [MetricsController],
  providers: [AdminRequest, ClusterMetrics, ALL_QUEUES_PROVIDER],
  exports: [AdminRequest, ALL_QUEUES_PROVIDER],
})
export class OperationsModule {}
