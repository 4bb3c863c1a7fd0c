/**
 * Is this upload really a PDF? Decided on the bytes, never on the file name or the declared type:
 * a PDF starts with "%PDF-1." or "%PDF-2." and ends with "%%EOF" (possibly followed by line ends
 * or a few bytes of padding some producers add).
 */
export type PdfCheck = 'OK' | 'EMPTY' | 'TOO_LARGE' | 'NOT_PDF' | 'TRUNCATED';

const HEADER = /^%PDF-[12]\.\d/;
const TRAILER_WINDOW = 1_024;

export function checkPdf(bytes: Uint8Array, maxBytes: number): PdfCheck {
  if (bytes.length === 0) return 'EMPTY';
  if (bytes.length > maxBytes) return 'TOO_LARGE';
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (!HEADER.test(head)) return 'NOT_PDF';
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW))).toString('latin1');
  return tail.includes('%%EOF') ? 'OK' : 'TRUNCATED';
}
