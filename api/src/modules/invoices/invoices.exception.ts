import { DomainException } from '../../common/errors/domain.exception.js';
import { assertUnreachable, PublicErrorCode } from '../../common/errors/public-error-code.js';

/** Every expected failure of the invoices feature; the values are also the row-error codes of an import. */
export enum InvoicesExceptionCode {
  INVOICE_NOT_FOUND = 'INVOICE_NOT_FOUND',
  INVOICE_NUMBER_TAKEN = 'INVOICE_NUMBER_TAKEN',
  INVOICE_NUMBER_DUPLICATED_IN_FILE = 'INVOICE_NUMBER_DUPLICATED_IN_FILE',
  INVOICE_ALREADY_PAID = 'INVOICE_ALREADY_PAID',
  INVOICE_NOT_PAYABLE = 'INVOICE_NOT_PAYABLE',
  INVOICE_NOT_CANCELLABLE = 'INVOICE_NOT_CANCELLABLE',
  INVOICE_NOT_OPEN = 'INVOICE_NOT_OPEN',
  DUE_DATE_UNCHANGED = 'DUE_DATE_UNCHANGED',
  NUMBER_INVALID = 'NUMBER_INVALID',
  AMOUNT_INVALID = 'AMOUNT_INVALID',
  CURRENCY_INVALID = 'CURRENCY_INVALID',
  DATE_INVALID = 'DATE_INVALID',
  DUE_DATE_BEFORE_ISSUE_DATE = 'DUE_DATE_BEFORE_ISSUE_DATE',
  ISSUE_DATE_TOO_FAR = 'ISSUE_DATE_TOO_FAR',
  DEBTOR_SIREN_INVALID = 'DEBTOR_SIREN_INVALID',
  DEBTOR_NAME_INVALID = 'DEBTOR_NAME_INVALID',
  SELF_INVOICE = 'SELF_INVOICE',
  CONTACT_INVALID = 'CONTACT_INVALID',
  PAID_AT_IN_FUTURE = 'PAID_AT_IN_FUTURE',
  PAID_AT_BEFORE_ISSUE_DATE = 'PAID_AT_BEFORE_ISSUE_DATE',
  CSV_TOO_LARGE = 'CSV_TOO_LARGE',
  CSV_TOO_MANY_ROWS = 'CSV_TOO_MANY_ROWS',
  CSV_MISSING_COLUMN = 'CSV_MISSING_COLUMN',
  CSV_DUPLICATE_COLUMN = 'CSV_DUPLICATE_COLUMN',
  CSV_EMPTY = 'CSV_EMPTY',
  CSV_MALFORMED = 'CSV_MALFORMED',
}

function toPublicCode(code: InvoicesExceptionCode): PublicErrorCode {
  switch (code) {
    case InvoicesExceptionCode.INVOICE_NOT_FOUND:
      return 'NOT_FOUND';
    case InvoicesExceptionCode.INVOICE_NUMBER_TAKEN:
    case InvoicesExceptionCode.INVOICE_ALREADY_PAID:
    case InvoicesExceptionCode.INVOICE_NOT_PAYABLE:
    case InvoicesExceptionCode.INVOICE_NOT_CANCELLABLE:
    case InvoicesExceptionCode.INVOICE_NOT_OPEN:
      return 'CONFLICT';
    case InvoicesExceptionCode.INVOICE_NUMBER_DUPLICATED_IN_FILE:
    case InvoicesExceptionCode.NUMBER_INVALID:
    case InvoicesExceptionCode.AMOUNT_INVALID:
    case InvoicesExceptionCode.CURRENCY_INVALID:
    case InvoicesExceptionCode.DATE_INVALID:
    case InvoicesExceptionCode.DUE_DATE_BEFORE_ISSUE_DATE:
    case InvoicesExceptionCode.ISSUE_DATE_TOO_FAR:
    case InvoicesExceptionCode.DEBTOR_SIREN_INVALID:
    case InvoicesExceptionCode.DEBTOR_NAME_INVALID:
    case InvoicesExceptionCode.SELF_INVOICE:
    case InvoicesExceptionCode.CONTACT_INVALID:
    case InvoicesExceptionCode.PAID_AT_IN_FUTURE:
    case InvoicesExceptionCode.PAID_AT_BEFORE_ISSUE_DATE:
    case InvoicesExceptionCode.CSV_TOO_LARGE:
    case InvoicesExceptionCode.CSV_TOO_MANY_ROWS:
    case InvoicesExceptionCode.CSV_MISSING_COLUMN:
    case InvoicesExceptionCode.CSV_DUPLICATE_COLUMN:
    case InvoicesExceptionCode.CSV_EMPTY:
    case InvoicesExceptionCode.CSV_MALFORMED:
    case InvoicesExceptionCode.DUE_DATE_UNCHANGED:
      return 'BAD_USER_INPUT';
    default:
      return assertUnreachable(code);
  }
}

/** A failure tied to one input field: what a form (or an import row) shows next to it. */
export interface InvoiceFieldError {
  field: string | null;
  code: InvoicesExceptionCode;
  message: string;
}

export class InvoicesException extends DomainException {
  constructor(
    readonly code: InvoicesExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(toPublicCode(code), code, message, details);
  }

  /** `field` lands in `extensions.field`. */
  static fromFieldError(error: InvoiceFieldError): InvoicesException {
    return new InvoicesException(error.code, error.message, error.field ? { field: error.field } : undefined);
  }

  static notFound(): InvoicesException {
    return new InvoicesException(InvoicesExceptionCode.INVOICE_NOT_FOUND, 'Facture introuvable.');
  }
}
