import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { bootstrapWorker } from './bootstrap-worker.js';
import { ConfigValidationError } from './config/env.variables.js';
import { loadConfig } from './config/load-config.js';

async function main(): Promise<void> {
  await bootstrapWorker({ config: loadConfig() });
  new Logger('Bonpayeur').log('Worker started: processing queues');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
