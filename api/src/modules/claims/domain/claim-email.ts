/**
 * Which addresses can prove that someone speaks for a company: only an address on the company's
 * own domain (or a subdomain of it). Webmail domains are never a company's own domain, whatever a
 * claimant or a moderator types.
 */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'hotmail.com', 'hotmail.fr', 'outlook.com', 'outlook.fr', 'live.com', 'live.fr',
  'msn.com', 'icloud.com', 'me.com', 'aol.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr',
  'gmx.fr', 'gmx.com', 'protonmail.com', 'proton.me', 'yandex.com', 'mail.com', 'numericable.fr', 'club-internet.fr',
]);

const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

/** A lower-case domain, or null when `raw` is not one (a leading "@" or "www." is tolerated). */
export function normalizeDomain(raw: string): string | null {
  const domain = raw.trim().toLowerCase().replace(/^@/, '').replace(/^www\./, '').replace(/\.$/, '');
  return domain.length <= 253 && DOMAIN.test(domain) ? domain : null;
}

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain);
}

export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 ? normalizeDomain(email.slice(at + 1)) : null;
}

/** True when `email` is on `companyDomain` or one of its subdomains (never a look-alike suffix). */
export function emailIsOnDomain(email: string, companyDomain: string): boolean {
  const domain = emailDomainOf(email);
  if (!domain || isFreeMailDomain(domain)) return false;
  return domain === companyDomain || domain.endsWith(`.${companyDomain}`);
}
