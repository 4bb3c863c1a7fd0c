/**
 * French formatting for messages. Intl puts a narrow no-break space (U+202F) between thousands and
 * a no-break space before "€": both are outside GSM-7 and would turn an SMS into UCS-2, so plain
 * spaces are used instead.
 */
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

/** Below this, cents / 100 as Intl receives it still rounds to the exact cents (a hundred billion euros). */
const EXACT_CENTS_LIMIT = 1e13;

export function formatEuros(cents: number, currency = 'EUR'): string {
  if (currency === 'EUR' && Number.isInteger(cents) && cents >= 0 && cents < EXACT_CENTS_LIMIT && !Object.is(cents, -0)) return wholeCentsInEuros(cents);
  const format =
    currency === 'EUR' ? euros : new Intl.NumberFormat('fr-FR', { style: 'currency', currency, minimumFractionDigits: 2 });
  return format.format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * The same text as Intl for a non-negative whole number of cents in euros ('1 234,56 €'), written
 * directly: a message renders two or three amounts, and Intl's formatter with the space replacement
 * was about 5 % of the worker's CPU in the dispatch bench (issue 5).
 */
function wholeCentsInEuros(cents: number): string {
  const units = String(Math.floor(cents / 100));
  let grouped = units.slice(0, ((units.length - 1) % 3) + 1);
  for (let i = grouped.length; i < units.length; i += 3) grouped += ` ${units.slice(i, i + 3)}`;
  const rest = cents % 100;
  return `${grouped},${rest < 10 ? '0' : ''}${rest} €`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatFrenchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
