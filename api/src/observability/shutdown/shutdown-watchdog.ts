import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';

/**
 * On SIGTERM Nest 12 closes the application in phases (enableShutdownHooks): beforeApplicationShutdown
 * (the worker pauses its queues: QueueDrain), then the HTTP server closes — no new connection, the
 * requests in flight answered (test/integration/operations/api-drain.test.ts) — then every
 * onApplicationShutdown in module order: the reminder dispatcher stops, bull queues close (each
 * waits for the jobs this process is running), and only then the global modules close the
 * PostgreSQL pool and Redis. This watchdog logs the steps and ends the process if that takes longer
 * than SHUTDOWN_GRACE_MS, so an orchestrator never waits on a hung close forever.
 */
@Injectable()
export class ShutdownWatchdog implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private startedAt = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  beforeApplicationShutdown(signal?: string): void {
    // Only a signal arms it: tests and CLIs close applications by hand.
    if (!signal) return;
    this.startedAt = performance.now();
    const graceMs = this.config.operations.shutdownGraceMs;
    this.logger.log({ signal, graceMs }, 'shutting down: no new requests or jobs, finishing those in flight');
    setTimeout(() => {
      this.logger.error({ graceMs }, 'shutdown grace period over: exiting with work still in flight');
      process.exit(1);
    }, graceMs).unref();
  }

  onApplicationShutdown(signal?: string): void {
    if (signal) this.logger.log({ signal, durationMs: Math.round(performance.now() - this.startedAt) }, 'shut down cleanly');
  }
}
