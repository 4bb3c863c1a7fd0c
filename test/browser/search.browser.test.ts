import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, type TestApi } from '../support/boot-api.js';
import { launchChromium, type Browser } from './support/chromium';
import { seedCreditor, type SeededCreditor } from './support/seed';
import { startWebApp, type WebApp } from './support/web-app';

/**
 * The web app in Chromium against the real API: the one at BROWSER_TEST_API_URL when given,
 * else an API booted in-process on the run's test database.
 */
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();

describe('web app in Chromium against the real API', () => {
  let api: TestApi | undefined;
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let seeded: SeededCreditor;
  const graphqlOperations: string[] = [];

  async function shot(name: string) {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const apiUrl = process.env.BROWSER_TEST_API_URL ?? (api = await bootTestApi()).url;
    [web, seeded] = await Promise.all([startWebApp(apiUrl), seedCreditor(apiUrl, RUN)]);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) {
        graphqlOperations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
      }
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await api?.close();
  });

  it('puts the company search first on the home page and shows results while typing', async () => {
    await page.goto(`${web.url}/`);
    const search = page.getByRole('searchbox', { name: 'Rechercher une entreprise par nom ou SIREN' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot('home');

    graphqlOperations.length = 0;
    await search.pressSequentially(seeded.debtorName, { delay: 20 });
    const result = page.getByRole('link', { name: new RegExp(seeded.debtorName) });
    await result.waitFor();
    // Debounced: typing a whole name sends a handful of searches, not one per keystroke.
    const searches = graphqlOperations.filter((op) => op === 'SearchCompanies').length;
    expect(searches).toBeGreaterThan(0);
    expect(searches).toBeLessThan(seeded.debtorName.length / 3);
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(seeded.debtorName).replace(/%20/g, '+')}`);
    await shot('search-results');
  });

  it('opens the company page from a result, keyboard only', async () => {
    // Down arrow from the search box walks the result links (earlier runs may list look-alikes first).
    await page.getByRole('searchbox').press('ArrowDown');
    for (let i = 0; i < 10; i++) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes(seeded.debtorName)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/entreprises/${seeded.debtorSiren}`);
    await page.getByRole('heading', { level: 1, name: seeded.debtorName }).waitFor();
    const sirenSpaced = seeded.debtorSiren.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3');
    expect(await page.locator('main').innerText()).toContain(`SIREN ${sirenSpaced}`);
    // Few invoices from one creditor: the score is either not published yet or shown out of 100.
    const scorePanel = await page.locator('#score-heading').locator('..').innerText();
    expect(scorePanel).toMatch(/Pas encore assez de données|sur 100/);
    await shot('company');
  });

  it('sends a visitor of a private page to the log-in page, and shows the API message on wrong credentials', async () => {
    await page.goto(`${web.url}/espace/factures`);
    await page.waitForURL('**/connexion');
    await page.getByLabel('Adresse e-mail').fill(seeded.email);
    await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/incorrect|tentatives/i);
    await shot('login-error');
  });

  it('logs in and lists the creditor’s invoices with filter and paging', async () => {
    await page.getByLabel('Mot de passe').fill(seeded.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/espace/factures');
    await page.getByRole('table').waitFor();
    const main = page.locator('main');
    expect(await main.innerText()).toContain(`${seeded.invoiceCount} factures`);
    expect(await page.getByRole('banner').innerText()).toContain(seeded.fullName);
    const firstRow = page.getByRole('row').nth(1);
    expect(await firstRow.innerText()).toMatch(/1\s234,\d\d\s€/);
    expect(await firstRow.innerText()).toMatch(/\d\d\/\d\d\/\d{4}/);
    await page.getByText('Page 1 sur 2').waitFor();
    await shot('invoices');

    await page.getByRole('button', { name: /Page suivante/ }).click();
    await page.getByText('Page 2 sur 2').waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(1 + seeded.invoiceCount - 20);

    // The chip is controlled by the URL, which the router updates in a transition: under load the
    // radio reads unchecked for a moment after the click, so `check()` (which verifies at once) flakes.
    const paidChip = page.getByLabel('Payées', { exact: true });
    await paidChip.click();
    await page.waitForURL('**/espace/factures?statut=PAID');
    await expect.poll(() => paidChip.isChecked()).toBe(true);
    await page.getByText(`${seeded.paidCount} factures`).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(1 + seeded.paidCount);
    expect(await page.getByRole('table').innerText()).toMatch(/Payée le \d\d\/\d\d\/\d{4}/);
    await shot('invoices-paid');
  });

  it('logs out: back to the public site, private pages closed again', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${web.url}/`);
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await page.goto(`${web.url}/espace/factures`);
    await page.waitForURL('**/connexion');
  });

  it('fits a 375 px wide phone without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of ['/', `/?q=${encodeURIComponent(seeded.debtorName)}`, `/entreprises/${seeded.debtorSiren}`, '/connexion']) {
      await page.goto(`${web.url}${path}`);
      await page.locator('main h1').first().waitFor();
      if (path.includes('q=')) await page.getByRole('link', { name: new RegExp(seeded.debtorName) }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await shot(`mobile-${path === '/' ? 'home' : path.includes('q=') ? 'search-results' : path.split('/')[1]}`);
    }

    await page.getByLabel('Adresse e-mail').fill(seeded.email);
    await page.getByLabel('Mot de passe').fill(seeded.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // The creditor space opens on its dashboard; the invoice list is one link away.
    await page.waitForURL('**/espace/tableau-de-bord');
    await page.getByRole('link', { name: 'Factures', exact: true }).click();
    await page.waitForURL('**/espace/factures');
    await page.getByRole('table').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow on the invoice list').toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'mobile-invoices.png') });
  });
});
