import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../api/src/common/clock.js';
import { QUEUE } from '../../api/src/common/queue-names.js';
import { evidenceId, invoiceAfterUltimatum, REQUEST_PUBLICATION } from '../integration/publications/support.js';
import { startPipeline, type Pipeline } from '../integration/reminders/support.js';
import { TEST_PASSWORD, type SignedUpCreditor } from '../support/factories/accounts.js';
import { signUpPlatformUser } from '../support/factories/platform-users.js';
import type { TestInvoice } from '../support/factories/invoices.js';
import { describeViolations, seriousA11yViolations } from './support/axe';
import { launchChromium, type Browser } from './support/chromium';
import { startWebApp, type WebApp } from './support/web-app';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/**
 * A moderator approves a publication in the console and it appears on the debtor's public page.
 * The request comes from the real pipeline (scenario → approved ultimatum sent by the worker
 * through the SendGrid stub → deadline passed), on a driven clock; no answer period, so the
 * moderator may decide at once.
 */
describe('publication approved in the moderator console, shown on the public profile', () => {
  const clock = new FixedClock(new Date('2026-02-20T09:00:00Z'));
  let pipeline: Pipeline;
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let invoice: TestInvoice;
  let creditor: SignedUpCreditor;
  let moderator: SignedUpCreditor;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    // Sessions are dated by the API's clock (spring 2026): a long TTL keeps the browser's cookie valid.
    pipeline = await startPipeline(clock, { PUBLICATION_ANSWER_DAYS: '0', SESSION_TTL_DAYS: '365' });
    ({ creditor, invoice } = await invoiceAfterUltimatum(pipeline, clock));
    clock.set(new Date('2026-04-11T09:00:00Z'));
    await creditor.client.ok(REQUEST_PUBLICATION, {
      input: { invoiceId: invoice.id, statement: 'Marchandise livrée le 1er février, bon de livraison signé.', evidenceId: await evidenceId(pipeline.api, creditor) },
    });
    moderator = await signUpPlatformUser(pipeline.api, 'MODERATOR');
    web = await startWebApp(pipeline.api.url);
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    for (const name of [QUEUE.reminderEmail, QUEUE.reminderSms, QUEUE.reminderDispatch]) {
      await pipeline?.worker.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch(() => undefined);
    }
    await pipeline?.close();
  });

  it('shows the request with its evidence and reminders, approves it with a reason, and lists it publicly', async () => {
    await page.goto(`${web.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(moderator.email);
    await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/moderation');

    const card = page.getByRole('article').filter({ hasText: invoice.number });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain(invoice.debtor.name);
    expect(text).toContain('Marchandise livrée le 1er février');
    expect(text).toMatch(/Télécharger facture\.pdf/);
    expect(text).toMatch(/Mise en demeure · E-mail · (Envoyé|Remis)/);
    await page.screenshot({ path: join(SCREENSHOTS, 'moderation-publication-review.png'), fullPage: true });

    await card.getByLabel('Motif de la décision').fill('Facture, bon de livraison et mise en demeure vérifiés ; aucune réponse du débiteur.');
    await card.getByRole('button', { name: 'Approuver la publication' }).click();
    await page.getByText(`Facture ${invoice.number} de ${invoice.debtor.name} publiée.`).waitFor();

    await page.goto(`${web.url}/entreprises/${invoice.debtor.siren}`);
    const published = page.getByRole('region', { name: 'Factures impayées publiées' });
    await published.getByText('Impayée', { exact: true }).waitFor();
    const listing = await published.innerText();
    expect(listing).toMatch(/1\s234,56\s€/);
    expect(listing).toContain('L’entreprise n’a pas répondu.');
    const violations = await seriousA11yViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'company-with-publication.png'), fullPage: true });
  }, 90_000);
});
