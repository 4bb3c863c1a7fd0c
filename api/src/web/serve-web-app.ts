import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompaniesService } from '../modules/companies/companies.service.js';
import { ScoreReadsService } from '../modules/scores/score-reads.service.js';
import { companyPreview, injectPreview } from './company-preview.js';

const SIREN_PAGE = /^\/entreprises\/(\d{9})\/?$/;

/**
 * In production the API serves the built single-page app; unknown paths fall back to index.html.
 * A company page gets its own title and Open Graph tags in the HTML itself, so a shared link
 * shows the company and its score in previews (crawlers do not run the app).
 */
export function serveWebApp(app: NestExpressApplication, distDir: string, publicBaseUrl: string | null = null): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
  server.use(express.static(distDir, { index: false, maxAge: '1h' }));

  server.get(SIREN_PAGE, (req, res, next) => {
    const siren = SIREN_PAGE.exec(req.path)?.[1] ?? '';
    void companyPage(app, siren, publicBaseUrl).then(
      (page) => {
        // A preview reflects today's score: let caches keep it briefly only.
        res.status(page ? 200 : 404).type('html').set('Cache-Control', 'public, max-age=300').send(page ? injectPreview(indexHtml, page) : indexHtml);
      },
      (error: unknown) => next(error),
    );
  });
  server.get(/^\/(?!graphql|health|webhooks|metrics|admin).*/, (_req, res) => {
    res.type('html').send(indexHtml);
  });
}

async function companyPage(app: NestExpressApplication, siren: string, publicBaseUrl: string | null) {
  const companies = app.get(CompaniesService, { strict: false });
  const scores = app.get(ScoreReadsService, { strict: false });
  const company = await companies.findBySiren(siren).catch(() => null);
  if (!company) return null;
  const [score, stats] = await Promise.all([scores.scores([siren]), scores.stats([siren])]);
  const s = score.get(siren);
  const st = stats.get(siren);
  return companyPreview(
    {
      siren,
      name: company.name,
      city: company.city,
      score: s ? { value: s.value, grade: s.grade, enoughData: s.enoughData } : null,
      stats: st ? { invoicesReported: st.invoicesReported, onTimeRate: st.onTimeRate ?? null } : null,
    },
    publicBaseUrl,
  );
}
