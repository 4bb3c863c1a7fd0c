import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCreditorStack, type CreditorStack } from './support/creditor-stack';
import { launchChromium, type Browser } from './support/chromium';
import { addDays, dueDateForFirstStepNow, isoDate, randomSiren, SeedClient } from './support/seed';
import { startWebApp, type WebApp } from './support/web-app';

/**
 * The creditor space in Chromium against the real API and worker (on a database of their own):
 * a creditor imports invoices, previews and applies a scenario, marks one paid, and sees the
 * THANKS message leave in the invoice's history; a debtor's payment plan, accepted, shows there
 * between the messages. Every creditor page is screenshotted, wide and at 375 px.
 */
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();

describe('creditor space in Chromium against the real API and worker', () => {
  let stack: CreditorStack;
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  const email = `creancier-${RUN.toLowerCase()}@example.test`;
  const password = `Mot-de-passe-${RUN}-solide`;
  const debtorSiren = randomSiren();
  const debtorName = `IMPRIMERIE ESSAI ${RUN}`;
  const number = (n: number) => `IMP-${RUN}-${n}`;

  async function shot(name: string) {
    await page.screenshot({ path: join(SCREENSHOTS, `creditor-${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    stack = await startCreditorStack();
    const seed = new SeedClient(stack.api.url);
    await seed.request(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }`, {
      input: { email, password, fullName: 'Claire Essai', companySiren: randomSiren(), companyName: `ATELIER ESSAI ${RUN}` },
    });
    web = await startWebApp(stack.api.url);
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 240_000);

  afterEach(async (context) => {
    // A failed step leaves a picture of what the page showed.
    if (context.task.result?.state === 'fail') await page?.screenshot({ path: join(SCREENSHOTS, `creditor-failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`), fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.close();
  });

  it('logs in and lands on the dashboard', async () => {
    await page.goto(`${web.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/espace/tableau-de-bord**');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.locator('.kpi-grid').getByText('Encours', { exact: true }).waitFor();
  });

  it('imports a CSV and reports the refused line', async () => {
    await page.goto(`${web.url}/espace/factures`);
    await page.getByRole('link', { name: 'Importer un fichier CSV' }).click();
    await page.waitForURL('**/espace/factures/import');
    const csv = [
      'siren_debiteur;nom_debiteur;numero;montant;date_emission;date_echeance;contact_email;contact_telephone',
      `${debtorSiren};${debtorName};${number(1)};1 250,00;${isoDate(-10)};${isoDate(20)};compta-${RUN.toLowerCase()}@example.test;06 12 34 56 78`,
      `${debtorSiren};${debtorName};${number(2)};980,50;${isoDate(-5)};${isoDate(25)};compta-${RUN.toLowerCase()}@example.test;06 12 34 56 78`,
      `123456789;Société Inconnue;${number(3)};10;${isoDate(-5)};${isoDate(25)};;`,
    ].join('\n');
    await page.getByLabel(/Contenu du fichier/).fill(csv);
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: /2 factures créées, 0 déjà importée, 1 ligne refusée/ }).waitFor();
    const report = await page.getByRole('table').innerText();
    expect(report).toContain('4');
    expect(report).toMatch(/SIREN/i);
    await shot('import');
  });

  it('lists the invoices with filters and opens one', async () => {
    await page.getByRole('link', { name: 'Voir les factures' }).click();
    await page.waitForURL('**/espace/factures');
    await page.getByRole('table').waitFor();
    expect(await page.locator('main').innerText()).toContain('2 factures');
    await shot('invoices');
    await page.getByRole('link', { name: number(1) }).click();
    await page.waitForURL('**/espace/factures/*');
    await page.getByRole('heading', { level: 1, name: `Facture ${number(1)}` }).waitFor();
  });

  it('previews every message of a scenario with its cost, then applies it', async () => {
    await page.getByLabel('Scénario', { exact: true }).selectOption('builtin-classic');
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await page.getByText(/Coût : 1 jeton \(solde actuel : 5\)/).waitFor();
    const preview = page.locator('.preview');
    expect(await preview.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    expect(await preview.innerText()).toContain(number(1));
    await shot('apply-preview');
    await page.getByRole('button', { name: 'Lancer les relances' }).click();
    await page.getByText('Relances programmées.').waitFor();
    const timeline = page.getByRole('region', { name: 'Historique de la facture' });
    await timeline.getByText('Scénario « ').first().waitFor();
    expect(await timeline.innerText()).toContain('Programmé');
  });

  it('marks the invoice paid and shows the THANKS message sent in the timeline', async () => {
    await page.getByLabel('Date du paiement').fill(isoDate(-1));
    await page.getByRole('button', { name: 'Marquer payée' }).click();
    await page.getByText(/Paiement enregistré/).waitFor();
    // The worker's dispatcher runs every few seconds in production; here the test runs it once.
    await stack.dispatchDue();
    expect(stack.sendgrid.to(`compta-${RUN.toLowerCase()}@example.test`).map((m) => m.subject).join(' ')).toMatch(/merci/i);
    await page.reload();
    const timeline = page.getByRole('region', { name: 'Historique de la facture' });
    const thanks = timeline.locator('.timeline__item--thanks');
    await thanks.waitFor();
    expect(await thanks.innerText()).toMatch(/Remerciement · E-mail[\s\S]*Envoyé/);
    expect(await timeline.innerText()).toContain('Annulé');
    await shot('invoice-timeline');
  });

  it('shows the dashboard with its figures and charts for a chosen period', async () => {
    await page.goto(`${web.url}/espace/tableau-de-bord`);
    await page.getByRole('button', { name: '12 derniers mois' }).click();
    await page.waitForURL('**periode=12m');
    await page.locator('.chart svg').first().waitFor();
    expect(await page.locator('.kpi-grid').innerText()).toMatch(/Encours[\s\S]*980,50\s€/);
    await shot('dashboard');
  });

  it('edits a scenario with a variable and its live preview', async () => {
    await page.goto(`${web.url}/espace/scenarios`);
    await page.getByRole('heading', { level: 1, name: 'Scénarios de relance' }).waitFor();
    await shot('scenarios');
    await page.getByRole('link', { name: 'Nouveau scénario' }).click();
    await page.getByLabel('Nom du scénario').fill(`Relance douce ${RUN}`);
    const body = page.getByLabel('Message', { exact: true });
    await body.fill('Bonjour ');
    await body.press('End');
    await page.getByLabel('Variable à insérer').selectOption('clientName');
    await page.getByRole('button', { name: 'Insérer dans le message' }).click();
    await expect.poll(() => body.inputValue()).toBe('Bonjour {{clientName}}');
    expect(await page.getByRole('region', { name: 'Aperçu' }).innerText()).toContain('Bonjour Boulangerie Martin');
    await page.getByRole('button', { name: 'Enregistrer le scénario' }).click();
    await page.getByText('Scénario enregistré.').waitFor();
    await shot('scenario-editor');
  });

  it('buys a token pack and shows the receipt', async () => {
    await page.goto(`${web.url}/espace/jetons`);
    await page.getByText('4 jetons', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Acheter : Pack 10 jetons' }).click();
    await page.getByText(/Pack crédité/).waitFor();
    await page.getByText('14 jetons', { exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Reçus' }).innerText()).toMatch(/36,00\s€/);
    await shot('wallet');
  });

  it('invites a member with a role', async () => {
    await page.goto(`${web.url}/espace/equipe`);
    await page.getByLabel('E-mail').fill(`compta-${RUN.toLowerCase()}@atelier.test`);
    await page.getByLabel('Rôle').selectOption('ACCOUNTING');
    await page.getByRole('button', { name: 'Inviter' }).click();
    await page.getByText(/Invitation créée pour/).waitFor();
    await page.getByText(`compta-${RUN.toLowerCase()}@atelier.test`, { exact: true }).waitFor();
    await shot('team');
  });

  it('lets the invited colleague join from the link, with the invited role', async () => {
    const link = await page.locator('.invitation-code').innerText();
    expect(link).toMatch(/\/invitation\?code=/);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${web.url}/`);
    await page.goto(link);
    await page.getByLabel('Adresse e-mail invitée').fill(`compta-${RUN.toLowerCase()}@atelier.test`);
    await page.getByLabel('Prénom et nom').fill('Karim Compta');
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL('**/espace/tableau-de-bord**');
    await page.goto(`${web.url}/espace/equipe`);
    const members = page.getByRole('table', { name: 'Membres' });
    await members.getByText('Karim Compta').waitFor();
    expect(await members.innerText()).toMatch(/Karim Compta[\s\S]*Comptabilité/);
    await page.getByText('Seul un responsable peut inviter des membres.').waitFor();
    await shot('team-joined');
  });

  it('creates an invoice from the form, refusing an unreadable amount first', async () => {
    await page.goto(`${web.url}/espace/factures/nouvelle`);
    await page.getByLabel('SIREN du client').fill(debtorSiren);
    await page.getByLabel('Numéro de facture').fill(number(9));
    await page.getByLabel('Montant TTC (€)').fill('douze euros');
    await page.getByRole('button', { name: 'Créer la facture' }).click();
    await page.getByText('Saisissez un montant en euros, par exemple 1 250,00.').waitFor();
    await page.getByLabel('Montant TTC (€)').fill('2 400,00');
    await page.getByRole('button', { name: 'Créer la facture' }).click();
    await page.getByRole('heading', { level: 1, name: `Facture ${number(9)}` }).waitFor();
    expect(await page.locator('.facts').innerText()).toMatch(/2\s400,00\s€/);
  });

  it('shows a debtor’s payment plan and its acceptance in the invoice’s history, between the messages', async () => {
    // Seeded as the owner would, through the API: an invoice whose first reminder leaves now (real clock).
    const owner = new SeedClient(stack.api.url);
    await owner.request(`mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email, password } });
    const dueDate = dueDateForFirstStepNow();
    const contact = `plan-${RUN.toLowerCase()}@example.test`;
    const { createInvoice } = await owner.request<{ createInvoice: { id: string } }>(`mutation Create($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`, {
      input: { debtorSiren: randomSiren(), debtorName: `MENUISERIE ESSAI ${RUN}`, number: number(20), amountCents: 123_456, issueDate: addDays(dueDate, -30), dueDate, contact: { name: 'Compta', email: contact, phone: '0612345678' } },
    });
    await owner.request(`mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id } }`, { input: { invoiceId: createInvoice.id, scenarioId: 'builtin-classic' } });
    await stack.dispatchDue();
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(stack.sendgrid.to(contact)[0]?.text ?? '')?.[1];
    expect(token, 'the J-7 reminder carries the debtor’s link').toBeDefined();
    // The debtor proposes two instalments on the page behind that link.
    await new SeedClient(stack.api.url).request(`mutation Propose($input: ProposePaymentPlanInput!) { proposePaymentPlan(input: $input) { id } }`, {
      input: { token, instalments: [{ dueDate: addDays(dueDate, 14), amountCents: 61_728 }, { dueDate: addDays(dueDate, 44), amountCents: 61_728 }] },
    });

    // The accountant (signed in since the invitation) accepts it in the app, then opens the invoice.
    await page.goto(`${web.url}/espace/demandes`);
    await page.getByRole('button', { name: 'Accepter l’échéancier' }).click();
    await page.getByText(/Échéancier accepté : des rappels/).waitFor();
    await page.goto(`${web.url}/espace/factures/${createInvoice.id}`);
    const history = page.getByRole('region', { name: 'Historique de la facture' });
    const chronology = history.getByRole('region', { name: 'Chronologie' });
    await chronology.waitFor();
    const titles = await chronology.locator('.timeline__what').allInnerTexts();
    expect(titles.slice(0, 4)).toEqual(['Aimable · E-mail', 'Échéancier proposé en 2 fois : relances en pause', 'Échéancier en 2 fois accepté', '2 rappels d’échéance programmés, à la place du scénario']);
    const proposal = chronology.locator('.timeline__item--event').first();
    expect(await proposal.innerText()).toMatch(/par le client, depuis la page de ses relances[\s\S]*617,28\s€ le/);
    // The scenario's steps ahead, withdrawn, and the instalment reminders, planned, follow at their dates; the last is the second instalment's.
    const last = chronology.locator('.timeline__item').last();
    expect(await last.innerText()).toMatch(/Aimable · E-mail[\s\S]*Programmé[\s\S]*Rappels de l’échéancier accepté/);
    expect(await history.getByRole('region', { name: 'Relances' }).innerText()).toMatch(/Rappels de l’échéancier accepté[\s\S]*En cours[\s\S]*Scénario « [^»]+ »[\s\S]*remplacé par un échéancier/);
    await shot('invoice-history');
  });

  it('fits every creditor page in a 375 px wide phone', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of ['tableau-de-bord', 'factures', 'factures/import', 'factures/nouvelle', 'scenarios', 'scenarios/nouveau', 'jetons', 'equipe']) {
      await page.goto(`${web.url}/espace/${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on /espace/${path}`).toBeLessThanOrEqual(0);
      await shot(`mobile-${path.replace('/', '-')}`);
    }
    await page.goto(`${web.url}/espace/factures`);
    await page.getByRole('link', { name: number(1) }).click();
    await page.getByRole('heading', { level: 1, name: `Facture ${number(1)}` }).waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow on the invoice page').toBeLessThanOrEqual(0);
    await shot('mobile-facture');
  });
});
