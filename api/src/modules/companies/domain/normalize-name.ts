const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/**
 * The search key of a name: accent- and case-insensitive, punctuation turned into spaces,
 * spaces collapsed. Only [a-z0-9 ] survive, so the key is safe inside tsquery and LIKE patterns.
 * "SOCIÉTÉ GÉNÉRALE" → "societe generale"; "L'ŒUF-DUR & Cie" → "l oeuf dur cie".
 * This is the definition; `normalizeName` below computes the same thing faster.
 */
export function normalizeNameReference(input: string): string {
  return input
    .replace(/[œŒæÆß]/g, (ch) => LIGATURES[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Every step of the reference maps one code point to a string on its own (a ligature, a letter and
 * its accents, a separator), so the key is the concatenation of per-code-point pieces, spaces
 * collapsed. Pieces are computed once per code point and remembered: the SIRENE import normalises
 * tens of millions of names, and the regex-and-NFD chain was most of its CPU time. A property test
 * pins this to the reference.
 */
const pieces = new Map<number, string>();

function pieceOf(codePoint: number): string {
  let piece = pieces.get(codePoint);
  if (piece === undefined) {
    piece = String.fromCodePoint(codePoint)
      .replace(/[œŒæÆß]/g, (ch) => LIGATURES[ch] ?? ch)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ');
    pieces.set(codePoint, piece);
  }
  return piece;
}

export function normalizeName(input: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < input.length; i += 1) {
    const code = input.charCodeAt(i);
    let piece: string;
    if (code >= 97 && code <= 122) piece = input[i] as string; // a-z
    else if (code >= 65 && code <= 90) piece = String.fromCharCode(code + 32); // A-Z
    else if (code >= 48 && code <= 57) piece = input[i] as string; // 0-9
    else if (code < 128) piece = ' ';
    else {
      const codePoint = input.codePointAt(i) as number;
      if (codePoint > 0xffff) i += 1;
      piece = pieceOf(codePoint);
    }
    for (let j = 0; j < piece.length; j += 1) {
      const ch = piece[j] as string;
      if (ch === ' ') space = out.length > 0;
      else {
        if (space) out += ' ';
        space = false;
        out += ch;
      }
    }
  }
  return out;
}
