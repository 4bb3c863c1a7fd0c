/**
 * Link previews of a company page: what a chat app or a search engine shows for a shared
 * `/entreprises/:siren` URL without running JavaScript. Pure functions, tested on their own; the
 * French wording mirrors the site's (web/src/i18n/fr/profile.ts).
 */

export interface PreviewCompany {
  siren: string;
  name: string;
  city: string | null;
  score: { value: number; grade: string; enoughData: boolean } | null;
  stats: { invoicesReported: number; onTimeRate: number | null } | null;
}

export interface PagePreview {
  title: string;
  description: string;
  /** Absolute URL of the page, for og:url (omitted when the public base URL is unknown). */
  url: string | null;
}

const MEANING: Record<string, string> = {
  A: 'paie ses fournisseurs à l’échéance, de façon confirmée par plusieurs créanciers',
  B: 'paie généralement à l’heure',
  C: 'paie souvent en retard',
  D: 'accumule des retards longs',
  E: 'a des impayés graves ou publiés',
};

function spacedSiren(siren: string): string {
  return `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
}

export function companyPreview(company: PreviewCompany, publicBaseUrl: string | null): PagePreview {
  const where = company.city ? ` (${company.city})` : '';
  const score = company.score?.enoughData ? company.score : null;
  const score1000 = score ? Math.round(score.value * 10) : null;
  const title = score
    ? `${company.name} — score payeur ${score1000}/1000, note ${score.grade} · Bonpayeur`
    : `${company.name} — score payeur · Bonpayeur`;
  const parts = [`SIREN ${spacedSiren(company.siren)}${where}.`];
  if (score) {
    parts.push(`Score payeur ${score1000} sur 1000, note ${score.grade} : l’entreprise ${MEANING[score.grade] ?? 'est notée'}.`);
  } else {
    parts.push('Pas encore assez de factures déclarées pour publier un score payeur.');
  }
  const stats = company.stats;
  if (stats && stats.invoicesReported > 0) {
    const rate = stats.onTimeRate === null ? '' : `, dont ${Math.round(stats.onTimeRate * 100)} % payées à l’échéance`;
    parts.push(`${stats.invoicesReported} facture${stats.invoicesReported > 1 ? 's' : ''} déclarée${stats.invoicesReported > 1 ? 's' : ''}${rate}.`);
  }
  const url = publicBaseUrl ? `${publicBaseUrl.replace(/\/+$/, '')}/entreprises/${company.siren}` : null;
  return { title, description: parts.join(' '), url };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The built index.html with the page's own <title>, description and Open Graph tags. Only the
 * head changes: the app itself still boots the same way.
 */
export function injectPreview(indexHtml: string, preview: PagePreview): string {
  const title = escapeHtml(preview.title);
  const description = escapeHtml(preview.description);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Bonpayeur" />`,
    `<meta property="og:locale" content="fr_FR" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    ...(preview.url ? [`<meta property="og:url" content="${escapeHtml(preview.url)}" />`, `<link rel="canonical" href="${escapeHtml(preview.url)}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  return indexHtml
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${title}</title>`)
    .replace(/<meta\s+name="description"[^>]*>/, () => `<meta name="description" content="${description}" />`)
    .replace('</head>', () => `    ${tags}\n  </head>`);
}
