import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { raw, urlencoded } from 'express';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { ApiModule } from './api.module.js';
import { BootOptions } from './boot-options.js';
import { mountQueueDashboard } from './modules/operations/queue-dashboard.js';
import { ProfileFastPath } from './modules/profile-cache/response/profile-fast-path.js';
import { httpMetrics } from './observability/metrics/http-metrics.middleware.js';
import { jsonBodyParser } from './web/json-body.js';
import { securityHeaders } from './web/security-headers.js';
import { serveWebApp } from './web/serve-web-app.js';

/** Builds the HTTP application (shared by main.ts and the integration tests). */
export async function bootstrapApi(options: BootOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 1);
  app.disable('x-powered-by');
  const headers = securityHeaders(config.nodeEnv === 'production');
  const cookies = cookieParser();
  // Invoice CSV imports travel inside GraphQL bodies; the import itself caps the CSV size.
  const json = jsonBodyParser({ limit: '12mb' });
  // Repeated anonymous public profiles are answered first, ahead of the rest of the chain (it
  // applies the metrics, headers, parsers and rate limit below itself).
  app.use(app.get(ProfileFastPath).middleware({ cookies, json, securityHeaders: headers }));
  app.use(httpMetrics);
  app.use(headers);
  app.use(cookies);
  // Webhook signatures cover the exact bytes: keep those bodies raw (the JSON parser then skips them).
  app.use('/webhooks/stripe', raw({ type: () => true, limit: '1mb' }));
  app.use('/webhooks/sendgrid', raw({ type: () => true, limit: '1mb' }));
  // Twilio posts form-encoded status callbacks; its signature covers the parsed parameters.
  app.use('/webhooks/twilio', urlencoded({ extended: false, limit: '100kb' }));
  app.use(json.inPlace);
  mountQueueDashboard(app);
  app.enableShutdownHooks();
  if (config.webDistDir && existsSync(config.webDistDir)) serveWebApp(app, config.webDistDir, config.publicWebUrl);
  await app.init();
  return app;
}
