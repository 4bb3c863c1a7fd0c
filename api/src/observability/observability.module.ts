import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import type { ProcessRole } from '../boot-options.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppConfig } from '../config/env.variables.js';
import { JobRunner } from './logging/job-runner.js';
import { ShutdownWatchdog } from './shutdown/shutdown-watchdog.js';
import { loggerParams } from './logging/logger-params.js';
import { PoolStats, trackPool } from './metrics/process-metrics.js';

export interface ObservabilityOptions {
  config: AppConfig;
  role: ProcessRole;
  /** Where log lines go; stdout when absent. Tests pass a stream that records them. */
  logDestination?: DestinationStream;
}

/** Structured logs (pino) and this process's metrics, for both roles. */
@Global()
@Module({})
export class ObservabilityModule implements OnModuleInit, OnApplicationShutdown {
  private untrack: (() => void) | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource, @Inject(APP_CONFIG) readonly config: AppConfig) {}

  static forRoot(options: ObservabilityOptions): DynamicModule {
    const logger = LoggerModule.forRoot(loggerParams(options.config, options.role, options.logDestination));
    return {
      module: ObservabilityModule,
      imports: [logger],
      providers: [JobRunner, ShutdownWatchdog],
      exports: [logger, JobRunner],
    };
  }

  onModuleInit(): void {
    // TypeORM's postgres driver keeps its pg.Pool on `master`.
    const pool = (this.dataSource.driver as unknown as { master?: PoolStats }).master;
    if (pool) this.untrack = trackPool(pool);
  }

  onApplicationShutdown(): void {
    this.untrack?.();
  }
}
