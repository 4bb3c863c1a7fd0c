import { describe, expect, it } from 'vitest';
import { companyPreview, injectPreview } from './company-preview.js';

const base = { siren: '552100554', name: 'BOULANGERIE MARTIN', city: 'LYON' };

describe('companyPreview', () => {
  it('shows a published score on the 0–1000 scale with its grade and meaning', () => {
    const sut = companyPreview(
      { ...base, score: { value: 82.4, grade: 'A', enoughData: true }, stats: { invoicesReported: 12, onTimeRate: 0.917 } },
      'https://bonpayeur.fr/',
    );

    expect(sut.title).toBe('BOULANGERIE MARTIN — score payeur 824/1000, note A · Bonpayeur');
    expect(sut.description).toBe(
      'SIREN 552 100 554 (LYON). Score payeur 824 sur 1000, note A : l’entreprise paie ses fournisseurs à l’échéance, de façon confirmée par plusieurs créanciers. 12 factures déclarées, dont 92 % payées à l’échéance.',
    );
    expect(sut.url).toBe('https://bonpayeur.fr/entreprises/552100554');
  });

  it('never shows a score computed on too little data', () => {
    const sut = companyPreview({ ...base, city: null, score: { value: 70, grade: 'B', enoughData: false }, stats: { invoicesReported: 1, onTimeRate: null } }, null);

    expect(sut.title).toBe('BOULANGERIE MARTIN — score payeur · Bonpayeur');
    expect(sut.description).toBe('SIREN 552 100 554. Pas encore assez de factures déclarées pour publier un score payeur. 1 facture déclarée.');
    expect(sut.url).toBeNull();
  });
});

describe('injectPreview', () => {
  it('replaces the title and description and adds Open Graph tags, escaping every value', () => {
    const html = '<html><head>\n<meta name="description" content="générique" />\n<title>Bonpayeur</title>\n</head><body></body></html>';

    const sut = injectPreview(html, { title: 'A & B <script>', description: 'dit "bonjour"', url: 'https://x.fr/entreprises/552100554' });

    expect(sut).toContain('<title>A &amp; B &lt;script&gt;</title>');
    expect(sut).toContain('<meta name="description" content="dit &quot;bonjour&quot;" />');
    expect(sut).toContain('<meta property="og:title" content="A &amp; B &lt;script&gt;" />');
    expect(sut).toContain('<link rel="canonical" href="https://x.fr/entreprises/552100554" />');
    expect(sut).not.toContain('générique');
  });
});
