import { CsvError, parse } from 'csv-parse/sync';
import { InvoicesException, InvoicesExceptionCode } from '../invoices.exception.js';
import { parseEuroAmount } from './amount.js';
import { CsvField, describeField, mapColumns } from './csv-columns.js';
import { ValidationContext, validateInvoice, ValidInvoice } from './validate-invoice.js';

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;

export interface CsvRowError {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  field: string | null;
  code: InvoicesExceptionCode;
  message: string;
}

export interface ParsedInvoiceCsv {
  valid: { line: number; invoice: ValidInvoice }[];
  errors: CsvRowError[];
  /** Rows that carry at least one error. */
  rejected: number;
}

type Row = { line: number; cells: string[] };

function fail(code: InvoicesExceptionCode, message: string): never {
  throw new InvoicesException(code, message);
}

/** ';' when the header line holds more semicolons than commas (the French spreadsheet export), else ','. */
export function detectDelimiter(csv: string): ';' | ',' {
  const end = csv.search(/\r|\n/);
  const header = end < 0 ? csv : csv.slice(0, end);
  const semicolons = header.split(';').length;
  const commas = header.split(',').length;
  return semicolons > commas ? ';' : ',';
}

function readRecords(csv: string): { records: Row[]; errors: CsvRowError[] } {
  const skipped: { code: string | undefined; line: number | undefined }[] = [];
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(csv, {
      delimiter: detectDelimiter(csv),
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push({ code: error?.code, line: typeof error?.lines === 'number' ? error.lines : undefined });
        return undefined;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (caught) {
    if (caught instanceof CsvError) fail(InvoicesExceptionCode.CSV_MALFORMED, `Le fichier CSV est illisible : ${caught.message}`);
    throw caught;
  }

  // info.lines is where a record ends; a quoted field may span lines.
  const records = parsed.map(({ record, info }) => ({
    line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0),
    cells: record,
  }));
  const lastLine = parsed.at(-1)?.info.lines ?? 0;
  const errors = skipped.map(({ code, line }): CsvRowError => {
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      // The unclosed quote swallowed the rest of the file: it starts right after the last good record.
      return {
        line: lastLine + 1,
        field: null,
        code: InvoicesExceptionCode.CSV_MALFORMED,
        message: "Guillemet ouvert jamais fermé : cette ligne et la suite du fichier n'ont pas pu être lues.",
      };
    }
    return {
      line: line ?? lastLine + 1,
      field: null,
      code: InvoicesExceptionCode.CSV_MALFORMED,
      message: 'Ligne mal formée (guillemets mal placés) : elle a été ignorée.',
    };
  });
  return { records, errors };
}

/**
 * Reads an invoice file (header row required, ';' or ',' separated) and checks every row with the
 * same rules as a form. File-level problems throw (BAD_USER_INPUT); row problems are collected
 * with their line so the valid rows can still be imported.
 */
export function parseInvoiceCsv(csv: string, context: ValidationContext): ParsedInvoiceCsv {
  // Before any parsing: a huge file must cost nothing.
  if (Buffer.byteLength(csv, 'utf8') > MAX_CSV_BYTES) fail(InvoicesExceptionCode.CSV_TOO_LARGE, 'Le fichier dépasse 5 Mo.');

  const { records, errors } = readRecords(csv);
  const [header, ...rows] = records;
  if (!header) fail(InvoicesExceptionCode.CSV_EMPTY, 'Le fichier est vide : une ligne d’en-tête est attendue.');
  const mapping = mapColumns(header.cells);
  if (!mapping.ok) {
    if (mapping.problem === 'DUPLICATE') {
      fail(InvoicesExceptionCode.CSV_DUPLICATE_COLUMN, `La colonne ${describeField(mapping.field)} apparaît deux fois.`);
    }
    const names = mapping.fields.map(describeField).join(', ');
    fail(InvoicesExceptionCode.CSV_MISSING_COLUMN, `Colonne obligatoire absente : ${names}.`);
  }
  const dataRows = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (dataRows.length > MAX_CSV_ROWS) {
    fail(InvoicesExceptionCode.CSV_TOO_MANY_ROWS, `Le fichier contient ${dataRows.length} lignes : ${MAX_CSV_ROWS} au plus par import.`);
  }

  const { columns } = mapping;
  const cell = (row: Row, field: CsvField): string => {
    const index = columns.get(field);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };

  const valid: ParsedInvoiceCsv['valid'] = [];
  const rejectedLines = new Set<number>(errors.map((error) => error.line));
  const firstLineOfNumber = new Map<string, number>();
  for (const row of dataRows) {
    const rowErrors: CsvRowError[] = [];
    const amount = parseEuroAmount(cell(row, CsvField.AMOUNT));
    if (!amount.ok) {
      rowErrors.push({
        line: row.line,
        field: 'amount',
        code: InvoicesExceptionCode.AMOUNT_INVALID,
        message:
          amount.reason === 'FORMAT'
            ? `Montant illisible : « ${cell(row, CsvField.AMOUNT)} » (ex. 1234,56 ou 1 234.56).`
            : amount.reason === 'NOT_POSITIVE'
              ? 'Le montant doit être strictement positif.'
              : 'Le montant ne peut pas dépasser 1 milliard.',
      });
    }
    const result = validateInvoice(
      {
        debtorSiren: cell(row, CsvField.DEBTOR_SIREN),
        debtorName: cell(row, CsvField.DEBTOR_NAME),
        number: cell(row, CsvField.NUMBER),
        // A placeholder when unreadable: the amount error is already recorded above.
        amountCents: amount.ok ? amount.cents : 1,
        currency: cell(row, CsvField.CURRENCY),
        issueDate: cell(row, CsvField.ISSUE_DATE),
        dueDate: cell(row, CsvField.DUE_DATE),
        contact: {
          name: cell(row, CsvField.CONTACT_NAME),
          email: cell(row, CsvField.CONTACT_EMAIL),
          phone: cell(row, CsvField.CONTACT_PHONE),
        },
      },
      context,
    );
    if (!result.ok) rowErrors.push(...result.errors.map((error) => ({ ...error, line: row.line })));

    const number = cell(row, CsvField.NUMBER);
    const firstLine = firstLineOfNumber.get(number);
    if (number !== '' && firstLine !== undefined) {
      rowErrors.push({
        line: row.line,
        field: 'number',
        code: InvoicesExceptionCode.INVOICE_NUMBER_DUPLICATED_IN_FILE,
        message: `Le numéro « ${number} » figure déjà ligne ${firstLine} de ce fichier.`,
      });
    } else if (number !== '') {
      firstLineOfNumber.set(number, row.line);
    }

    if (rowErrors.length > 0 || !result.ok) {
      errors.push(...rowErrors);
      rejectedLines.add(row.line);
    } else {
      valid.push({ line: row.line, invoice: result.invoice });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { valid, errors, rejected: rejectedLines.size };
}
