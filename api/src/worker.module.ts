import { DynamicModule, Module } from '@nestjs/common';
import { BootOptions } from './boot-options.js';
import { CoreModule } from './core.module.js';
import { FEATURE_MODULES, WORKER_MODULES } from './feature-modules.js';
import { WorkerMetricsServer } from './observability/metrics/worker-metrics.server.js';
import { QueueDrain } from './observability/shutdown/queue-drain.js';

/** The worker role: the same features plus their bull processors, and no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(options: BootOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(options, 'worker'), ...FEATURE_MODULES, ...WORKER_MODULES],
      providers: [WorkerMetricsServer, QueueDrain],
    };
  }
}
