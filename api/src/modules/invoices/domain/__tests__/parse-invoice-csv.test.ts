import { describe, expect, it } from 'vitest';
import { InvoicesException, InvoicesExceptionCode } from '../../invoices.exception.js';
import { detectDelimiter, MAX_CSV_ROWS, parseInvoiceCsv } from '../parse-invoice-csv.js';

const context = { creditorSiren: '732829320', today: '2026-03-10' };
const HEADER_FR = 'siren_debiteur;nom_debiteur;numero;montant;date_emission;date_echeance;contact_email;contact_telephone';

function reason(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvoicesException) return error.code;
    throw error;
  }
  return undefined;
}

describe('parseInvoiceCsv', () => {
  it('detects the separator from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
  });

  it('reads a French export with CRLF line ends, French amounts and dates', () => {
    const csv = `${HEADER_FR}\r\n552100554;Client SA;F-1;"1 234,56";01/03/2026;31/03/2026;compta@client.fr;06 12 34 56 78\r\n`;
    const parsed = parseInvoiceCsv(csv, context);
    expect(parsed.errors).toEqual([]);
    expect(parsed.valid).toEqual([
      {
        line: 2,
        invoice: {
          debtorSiren: '552100554',
          debtorName: 'Client SA',
          number: 'F-1',
          amountCents: 123456,
          currency: 'EUR',
          issueDate: '2026-03-01',
          dueDate: '2026-03-31',
          contact: { name: null, email: 'compta@client.fr', phone: '+33612345678', preferredChannel: 'EMAIL' },
        },
      },
    ]);
  });

  it('reads a comma-separated English file', () => {
    const csv = 'debtor_siren,number,amount,issue_date,due_date\n552100554,F-1,1234.5,2026-03-01,2026-03-31\n';
    expect(parseInvoiceCsv(csv, context).valid[0]?.invoice.amountCents).toBe(123450);
  });

  it('keeps the good rows and reports each bad one with its line and field', () => {
    const csv = [
      'siren_debiteur;numero;montant;date_emission;date_echeance',
      '552100554;F-1;100;2026-03-01;2026-03-31',
      '123;F-2;100;2026-03-01;2026-03-31',
      '',
      '552100554;F-3;-5;2026-03-01;2026-03-31',
      '552100554;F-1;100;2026-03-01;2026-03-31',
      '552100554;F-4;100;2026-03-01;2026-02-01',
      '552100554;F-5;12,50;2026-03-01;2026-03-31',
    ].join('\n');
    const parsed = parseInvoiceCsv(csv, context);
    expect(parsed.valid.map((row) => [row.line, row.invoice.number])).toEqual([[2, 'F-1'], [8, 'F-5']]);
    expect(parsed.errors.map((error) => [error.line, error.field, error.code])).toEqual([
      [3, 'debtorSiren', InvoicesExceptionCode.DEBTOR_SIREN_INVALID],
      [5, 'amount', InvoicesExceptionCode.AMOUNT_INVALID],
      [6, 'number', InvoicesExceptionCode.INVOICE_NUMBER_DUPLICATED_IN_FILE],
      [7, 'dueDate', InvoicesExceptionCode.DUE_DATE_BEFORE_ISSUE_DATE],
    ]);
    expect(parsed.rejected).toBe(4);
  });

  it('reports an unclosed quote as a row error at the line it opens and keeps the rows before it', () => {
    const csv = 'debtor_siren,number,amount,issue_date,due_date\n552100554,F-1,10,2026-03-01,2026-03-31\n552100554,"F-2,10,2026-03-01,2026-03-31\n552100554,F-3,10,2026-03-01,2026-03-31\n';
    const parsed = parseInvoiceCsv(csv, context);
    expect(parsed.valid.map((row) => row.invoice.number)).toEqual(['F-1']);
    expect(parsed.errors).toEqual([expect.objectContaining({ line: 3, code: InvoicesExceptionCode.CSV_MALFORMED })]);
    expect(parsed.rejected).toBe(1);
  });

  it('reports a stray quote inside a field as a row error and reads on', () => {
    const csv = 'debtor_siren,number,amount,issue_date,due_date\n552100554,F-1,10,2026-03-01,2026-03-31\n552100554,F"2,10,2026-03-01,2026-03-31\n552100554,F-3,10,2026-03-01,2026-03-31\n';
    const parsed = parseInvoiceCsv(csv, context);
    expect(parsed.valid.map((row) => row.invoice.number)).toEqual(['F-1', 'F-3']);
    expect(parsed.errors.map((error) => [error.line, error.code])).toEqual([[3, InvoicesExceptionCode.CSV_MALFORMED]]);
  });

  it('refuses a file without a required column, naming it', () => {
    let message = '';
    try {
      parseInvoiceCsv('numero;siren_debiteur;date_emission;date_echeance\n', context);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('montant (amount)');
  });

  it('refuses an empty file, a file over 5 MB and a file over the row limit', () => {
    expect(reason(() => parseInvoiceCsv('', context))).toBe(InvoicesExceptionCode.CSV_EMPTY);
    expect(reason(() => parseInvoiceCsv('a'.repeat(5 * 1024 * 1024 + 1), context))).toBe(InvoicesExceptionCode.CSV_TOO_LARGE);
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `552100554;F-${i};1;2026-03-01;2026-03-31`);
    const csv = ['siren_debiteur;numero;montant;date_emission;date_echeance', ...rows].join('\n');
    expect(reason(() => parseInvoiceCsv(csv, context))).toBe(InvoicesExceptionCode.CSV_TOO_MANY_ROWS);
  });

  it('gives the starting line of a record whose quoted field spans lines', () => {
    const csv = 'debtor_siren,debtor_name,number,amount,issue_date,due_date\n552100554,"Client\nSA",F-1,10,2026-03-01,2026-03-31\n552100554,X,,10,2026-03-01,2026-03-31\n';
    const parsed = parseInvoiceCsv(csv, context);
    expect(parsed.valid.map((row) => row.line)).toEqual([]);
    expect(parsed.errors.map((error) => [error.line, error.field])).toEqual([
      [2, 'debtorName'],
      [4, 'number'],
    ]);
  });
});
