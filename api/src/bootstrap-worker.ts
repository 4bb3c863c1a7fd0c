import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { BootOptions } from './boot-options.js';
import { WorkerModule } from './worker.module.js';

/** Builds the worker: a Nest application context with the bull processors and no HTTP. */
export async function bootstrapWorker(options: BootOptions): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
