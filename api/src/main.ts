import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { bootstrapApi } from './bootstrap-api.js';
import { ConfigValidationError } from './config/env.variables.js';
import { loadConfig } from './config/load-config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await bootstrapApi({ config });
  await app.listen(config.port, '0.0.0.0');
  new Logger('Bonpayeur').log(`API listening on http://localhost:${config.port} (GraphQL at /graphql)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
