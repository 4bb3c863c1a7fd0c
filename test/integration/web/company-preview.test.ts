import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { uniqueSiren, uniqueSuffix } from '../../support/unique.js';

/** The real web/index.html (the built one differs only by its script tags). */
const INDEX_HTML = join(import.meta.dirname, '../../../web/index.html');

describe('company pages served with their own link preview', () => {
  let api: TestApi;
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'bonpayeur-dist-'));
    await writeFile(join(dist, 'index.html'), await readFile(INDEX_HTML, 'utf8'));
    api = await bootTestApi({ env: { WEB_DIST_DIR: dist, PUBLIC_WEB_URL: 'https://bonpayeur.example' } });
  });

  afterAll(async () => {
    await api?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('puts the company name, SIREN and score status in the title, description and Open Graph tags, escaped', async () => {
    const name = `DUPONT & FILS "L'ATELIER" <${uniqueSuffix()}>`;
    const creditor = await signUpCreditor(api, { companyName: name });

    const response = await fetch(`${api.url}/entreprises/${creditor.siren}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(html).toContain(`<title>${escaped} — score payeur · Bonpayeur</title>`);
    expect(html).toContain(`<meta property="og:title" content="${escaped} — score payeur · Bonpayeur" />`);
    const spaced = creditor.siren.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3');
    expect(html).toMatch(new RegExp(`<meta name="description" content="SIREN ${spaced}[^"]*Pas encore assez de factures`));
    expect(html).toContain(`<meta property="og:url" content="https://bonpayeur.example/entreprises/${creditor.siren}" />`);
    expect(html).not.toContain(name);
    // Only one description and one title: the generic ones were replaced, not duplicated.
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    // The app still boots from the same page.
    expect(html).toContain('<div id="root"></div>');
  });

  it('answers 404 with the generic page for a SIREN nobody knows', async () => {
    const response = await fetch(`${api.url}/entreprises/${uniqueSiren()}`);

    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<title>Bonpayeur</title>');
    expect(html).not.toContain('og:title');
  });

  it('serves the generic page for other paths of the app', async () => {
    const response = await fetch(`${api.url}/comprendre-le-score`);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Bonpayeur</title>');
  });
});
