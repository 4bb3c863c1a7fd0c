const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/**
 * The search key of a name: accent- and case-insensitive, punctuation turned into spaces,
 * spaces collapsed. Only [a-z0-9 ] survive, so the key is safe inside tsquery and LIKE patterns.
 * "SOCIÉTÉ GÉNÉRALE" → "societe generale"; "L'ŒUF-DUR & Cie" → "l oeuf dur cie".
 */
export function normalizeName(input: string): string {
  return input
    .replace(/[œŒæÆß]/g, (ch) => LIGATURES[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
