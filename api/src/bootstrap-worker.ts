import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BootOptions } from './boot-options.js';
import { WorkerModule } from './worker.module.js';

/** Builds the worker: a Nest application context with the bull processors and no HTTP. */
export async function bootstrapWorker(options: BootOptions): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), {
    logger: options.config.nodeEnv === 'test' ? ['error'] : ['log', 'error', 'warn'],
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
