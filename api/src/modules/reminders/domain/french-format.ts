/**
 * French formatting for messages. Intl puts a narrow no-break space (U+202F) between thousands and
 * a no-break space before "€": both are outside GSM-7 and would turn an SMS into UCS-2, so plain
 * spaces are used instead.
 */
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

export function formatEuros(cents: number, currency = 'EUR'): string {
  const format =
    currency === 'EUR' ? euros : new Intl.NumberFormat('fr-FR', { style: 'currency', currency, minimumFractionDigits: 2 });
  return format.format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatFrenchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
