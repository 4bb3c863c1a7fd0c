import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { join } from 'node:path';

/** In production the API serves the built single-page app; unknown paths fall back to index.html. */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(express.static(distDir, { index: false, maxAge: '1h' }));
  server.get(/^\/(?!graphql|health|webhooks|metrics|admin).*/, (_req, res) => {
    res.sendFile(join(distDir, 'index.html'));
  });
}
