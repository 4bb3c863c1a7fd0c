import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import { ApiModule } from './api.module.js';
import { BootOptions } from './boot-options.js';
import { serveWebApp } from './web/serve-web-app.js';

/** Builds the HTTP application (shared by main.ts and the integration tests). */
export async function bootstrapApi(options: BootOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(options), {
    logger: config.nodeEnv === 'test' ? ['error'] : ['log', 'error', 'warn'],
    bodyParser: false,
  });
  app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(cookieParser());
  // Invoice CSV imports travel inside GraphQL bodies; the import itself caps the CSV size.
  app.useBodyParser('json', { limit: '12mb' });
  app.enableShutdownHooks();
  if (config.webDistDir && existsSync(config.webDistDir)) serveWebApp(app, config.webDistDir);
  await app.init();
  return app;
}
