import type { INestApplicationContext } from '@nestjs/common';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed, vi } from 'vitest';
import { bootstrapWorker } from '../../api/src/bootstrap-worker.js';
import { bootTestApi, type TestApi } from '../support/boot-api.js';
import { describeViolations, seriousA11yViolations } from './support/axe';
import { launchChromium, type Browser } from './support/chromium';
import { SeedClient } from './support/seed';
import { seedScoredCompany, signUp, type ScoredCompany, type SeededAccount } from './support/seed-scored-company';
import { startWebApp, type WebApp } from './support/web-app';

/**
 * The public site, the debtor space and the moderator console in Chromium, against the real API
 * and the real worker (which computes the scores the pages show).
 */
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();

describe('public pages, debtor space and moderation in Chromium', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let company: ScoredCompany;
  let debtorUser: SeededAccount;
  let moderator: SeededAccount;

  async function shot(name: string, target: Page = page) {
    await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  async function expectAccessible(path: string) {
    const violations = await seriousA11yViolations(page);
    expect(violations, `serious or critical axe violations on ${path}:\n${describeViolations(violations)}`).toEqual([]);
  }

  async function logIn(target: Page, account: SeededAccount) {
    await target.goto(`${web.url}/connexion`);
    await target.getByLabel('Adresse e-mail').fill(account.email);
    await target.getByLabel('Mot de passe').fill(account.password);
    await target.getByRole('button', { name: 'Se connecter' }).click();
    await target.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    api = await bootTestApi();
    // Same config, so the same queue prefix: the API's score-refresh jobs reach this worker.
    worker = await bootstrapWorker({ config: api.config });
    [web, company] = await Promise.all([startWebApp(api.url), seedScoredCompany(api.url, RUN)]);
    debtorUser = await signUp(api.url, RUN, 'dirigeante', null);
    moderator = await signUp(api.url, RUN, 'moderatrice', null);
    // Platform roles are granted by an admin; the first one comes from SQL (as in test/support).
    await api.app.get(DataSource).query(`UPDATE users SET platform_roles = '{MODERATOR}' WHERE email = $1`, [moderator.email]);
    const reader = new SeedClient(api.url);
    await vi.waitFor(
      async () => {
        const { company: c } = await reader.request<{ company: { score: { enoughData: boolean } | null } }>(
          `query($siren: String!) { company(siren: $siren) { score { enoughData } } }`,
          { siren: company.siren },
        );
        expect(c.score?.enoughData).toBe(true);
      },
      { timeout: 60_000, interval: 500 },
    );
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 240_000);

  beforeEach((context) => {
    // What the page showed when a step failed: the fastest way to see why.
    onTestFailed(async () => {
      await page?.screenshot({ path: join(SCREENSHOTS, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => undefined);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await worker?.close();
    await api?.close();
  });

  it('finds the company from the home page and shows its score out of 1000, history and behaviour', async () => {
    await page.goto(`${web.url}/`);
    await expectAccessible('/');
    await page.getByRole('searchbox').pressSequentially(company.name, { delay: 10 });
    await page.getByRole('link', { name: new RegExp(company.name) }).click();
    await page.waitForURL(`**/entreprises/${company.siren}`);
    await page.getByRole('heading', { level: 1, name: company.name }).waitFor();

    const gauge = page.getByRole('img', { name: /^Score \d+ sur 1000, note [A-E]$/ });
    await gauge.waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/Fiabilité du score : \d+\s%/);
    expect(main).toMatch(/Cette entreprise (paie|accumule|a des)/);
    expect(await page.getByRole('img', { name: /^Évolution du score du / }).count()).toBe(1);
    const behaviour = await page.getByRole('region', { name: 'Comportement de paiement' }).innerText();
    expect(behaviour).toMatch(/Factures déclarées\s+12/);
    expect(behaviour).toMatch(/Payées à l’échéance\s+\d+\s%/);
    await expectAccessible(`/entreprises/${company.siren}`);
    await shot('company-profile');
  });

  it('explains the score and the publication rules, accessibly', async () => {
    await page.getByRole('link', { name: 'Comment le score est-il calculé ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comprendre le score payeur' }).waitFor();
    await expectAccessible('/comprendre-le-score');
    await shot('score-explained');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Règles de publication' }).click();
    await page.getByRole('heading', { level: 1, name: 'Règles de publication' }).waitFor();
    await expectAccessible('/regles-de-publication');
    await shot('publication-rules');
  });

  it('lets a debtor claim its company from the profile, and a moderator approve it with a reason', async () => {
    await page.goto(`${web.url}/entreprises/${company.siren}`);
    await page.getByRole('link', { name: 'Revendiquer cette entreprise' }).click();
    await page.waitForURL('**/connexion');
    await page.getByLabel('Adresse e-mail').fill(debtorUser.email);
    await page.getByLabel('Mot de passe').fill(debtorUser.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`**/mon-entreprise/revendiquer?siren=${company.siren}`);
    await page.getByText(`Entreprise : ${company.name}`).waitFor();
    await page.getByLabel('Par un modérateur').check();
    await page.getByLabel('Message aux modérateurs').fill('Gérante depuis 2019, Kbis disponible sur demande.');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByText('Demande envoyée : un modérateur l’examinera').waitFor();
    await page.getByRole('region', { name: 'Mes demandes' }).getByText('En attente d’un modérateur').waitFor();
    await shot('debtor-claim');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${web.url}/`);

    await logIn(page, moderator);
    await page.waitForURL('**/moderation');
    await page.getByRole('heading', { level: 1, name: 'Publications à examiner' }).waitFor();
    await shot('moderation-publications');
    await page.getByRole('navigation', { name: 'Navigation de la modération' }).getByRole('link', { name: 'Revendications' }).click();
    const card = page.getByRole('article').filter({ hasText: company.name });
    await card.waitFor();
    expect(await card.innerText()).toContain('Gérante depuis 2019');
    await shot('moderation-claims');
    await card.getByLabel('Motif de la décision').fill('Identité vérifiée par téléphone auprès du siège.');
    await card.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText(`Revendication de ${company.name} approuvée.`).waitFor();

    await page.getByRole('link', { name: 'Journal d’audit' }).click();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').innerText()).toContain('Identité vérifiée par téléphone');
    await shot('moderation-audit');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${web.url}/`);
  }, 90_000);

  it('shows the verified debtor every contribution to its score and what to pay first', async () => {
    await logIn(page, debtorUser);
    // Verified, the debtor is now a member of its company: it may act as a creditor too.
    await page.getByRole('navigation', { name: 'Mes espaces' }).getByRole('link', { name: 'Mon entreprise' }).click();
    await page.waitForURL('**/mon-entreprise');
    await page.getByRole('heading', { level: 1, name: company.name }).waitFor();
    const contributions = page.getByRole('region', { name: 'Ce qui fait votre score' });
    await contributions.getByRole('table').waitFor();
    const text = await contributions.innerText();
    expect(text).toContain('Point de départ de toute entreprise');
    for (const creditor of company.creditorNames) expect(text).toContain(creditor);
    expect(text).toMatch(/[+−]\d+/);
    const plan = await page.getByRole('region', { name: 'Pour remonter votre score' }).innerText();
    expect(plan).toContain(`F-23-${RUN}`);
    await shot('debtor-score');

    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await contributions.getByRole('table').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow on the debtor score').toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'mobile-debtor-score.png') });
    for (const [path, name] of [
      ['/comprendre-le-score', 'mobile-score-explained'],
      [`/entreprises/${company.siren}`, 'mobile-company-profile'],
    ] as const) {
      await page.goto(`${web.url}${path}`);
      await page.locator('main h1').first().waitFor();
      const o = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(o, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await shot(name);
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Mon entreprise' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'mobile-menu-open.png') });
  }, 90_000);
});
