import { createHash } from 'node:crypto';
import { checkPdf } from './domain/pdf-check.js';
import { PublicationsException, PublicationsExceptionCode } from './publications.exception.js';

/** The part of multer's file we read (multer's own types are not installed). */
export interface UploadedPdf {
  originalname: string;
  buffer: Buffer;
}

export interface CheckedPdf {
  filename: string;
  sha256: string;
  bytes: Buffer;
}

export function evidenceTooLarge(maxBytes: number): PublicationsException {
  return new PublicationsException(PublicationsExceptionCode.EVIDENCE_TOO_LARGE, `Le PDF dépasse ${Math.floor((maxBytes / 1024 / 1024) * 10) / 10} Mo.`, { field: 'file' });
}

/** Every evidence upload (creditor's invoice, debtor's dispute) passes here: a real PDF, within size, with a safe name. */
export function checkedPdf(file: UploadedPdf | undefined, maxBytes: number): CheckedPdf {
  if (!file) throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_MISSING, 'Joignez un document au format PDF (champ « file »).', { field: 'file' });
  switch (checkPdf(file.buffer, maxBytes)) {
    case 'OK':
      return { filename: cleanFilename(file.originalname), sha256: createHash('sha256').update(file.buffer).digest('hex'), bytes: file.buffer };
    case 'EMPTY':
      throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_EMPTY, 'Le fichier est vide.', { field: 'file' });
    case 'TOO_LARGE':
      throw evidenceTooLarge(maxBytes);
    case 'NOT_PDF':
      throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_NOT_PDF, "Ce fichier n'est pas un PDF (son contenu ne l'est pas, quel que soit son nom).", { field: 'file' });
    case 'TRUNCATED':
      throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_TRUNCATED, 'Ce PDF est incomplet (fin de fichier absente) : renvoyez-le.', { field: 'file' });
  }
}

/** A name safe to show and to put in a Content-Disposition header. */
function cleanFilename(raw: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N} ._()-]/gu, '_').trim().slice(0, 120);
  return base === '' ? 'document.pdf' : base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}
