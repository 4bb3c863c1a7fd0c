import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from './support/chromium';
import { startCreditorStack, type CreditorStack } from './support/creditor-stack';
import { addDays, dueDateForFirstStepNow, parisNow, randomSiren, SeedClient } from './support/seed';
import { startWebApp, type WebApp } from './support/web-app';

/**
 * The debtor's page in Chromium: a real reminder leaves through the worker and the SendGrid SDK,
 * the link is read from that mail, opened without any account, and the debtor declares its
 * payment; the creditor then sees the declaration waiting. Real clock, so the scenario's first
 * step is made due now (see dueDateForFirstStepNow).
 */
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();

describe('the debtor page behind a reminder, in Chromium', () => {
  let stack: CreditorStack;
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  let creditor: SeedClient;
  const contactEmail = `debiteur-${RUN.toLowerCase()}@example.test`;
  const number = `LNK-${RUN}`;

  beforeAll(async () => {
    stack = await startCreditorStack();
    creditor = new SeedClient(stack.api.url);
    await creditor.request(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }`, {
      input: { email: `creancier-lien-${RUN.toLowerCase()}@example.test`, password: `Mot-de-passe-${RUN}-solide`, fullName: 'Claire Essai', companySiren: randomSiren(), companyName: `ATELIER LIEN ${RUN}` },
    });
    await creditor.request(`mutation Settings($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { paymentUrl } }`, {
      input: { paymentInstructions: 'Virement : IBAN FR76 3000 6000 0112 3456 7890 189' },
    });
    const dueDate = dueDateForFirstStepNow();
    const { createInvoice } = await creditor.request<{ createInvoice: { id: string } }>(`mutation Create($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`, {
      input: { debtorSiren: randomSiren(), debtorName: `IMPRIMERIE LIEN ${RUN}`, number, amountCents: 123_456, issueDate: addDays(dueDate, -30), dueDate, contact: { name: 'Compta', email: contactEmail, phone: '0612345678' } },
    });
    await creditor.request(`mutation Apply($input: ApplyScenarioInput!) { applyScenario(input: $input) { id } }`, { input: { invoiceId: createInvoice.id, scenarioId: 'builtin-classic' } });
    await stack.dispatchDue();
    web = await startWebApp(stack.api.url);
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.close();
  });

  it('opens the link of the mail really sent, shows the invoice and how to pay, and declares the payment', async () => {
    const [mail] = stack.sendgrid.to(contactEmail);
    expect(mail, 'the J-7 reminder left through SendGrid').toBeDefined();
    const link = /https?:\/\/[^\s]+\/r\/([A-Za-z0-9_-]{43})/.exec(mail!.text);
    expect(link, mail!.text).not.toBeNull();
    // The mail names the configured public web URL; the page under test is served here.
    await page.goto(`${web.url}/r/${link![1]}`);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Facture ${number}`);
    const text = await page.locator('article').innerText();
    expect(text).toMatch(/1\s234,56\s€/);
    expect(text).toContain('IBAN FR76 3000 6000 0112 3456 7890 189');
    expect(text).toMatch(/Score actuel si la facture reste impayée : \d+,\d\/100/);

    await page.getByRole('button', { name: 'J’ai payé' }).click();
    await page.getByLabel('Référence du virement (facultatif)').fill('VIR-8812');
    await page.getByRole('button', { name: 'Déclarer le paiement' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/Vous avez déclaré un paiement le .*Le créancier doit le confirmer/);

    const { debtorRequests } = await creditor.request<{ debtorRequests: { declaredPayments: { paidOn: string }[] } }>(`query { debtorRequests { declaredPayments { paidOn } } }`);
    expect(debtorRequests.declaredPayments).toEqual([{ paidOn: parisNow().date }]);
  });

  it('says so in French when the link was tampered with', async () => {
    await page.goto(`${web.url}/r/${'A'.repeat(43)}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Lien invalide');
  });
});
