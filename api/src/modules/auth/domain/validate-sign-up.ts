import { AuthException, AuthExceptionCode } from '../auth.exception.js';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Lower-cased, trimmed e-mail, or a clear error. */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    throw new AuthException(AuthExceptionCode.INVALID_EMAIL, "L'adresse e-mail n'est pas valide.");
  }
  return email;
}

export function assertAcceptablePassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new AuthException(
      AuthExceptionCode.WEAK_PASSWORD,
      `Le mot de passe doit comporter entre ${MIN_PASSWORD_LENGTH} et ${MAX_PASSWORD_LENGTH} caractères.`,
    );
  }
}

export function normalizeFullName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 120) {
    throw new AuthException(AuthExceptionCode.INVALID_NAME, 'Le nom doit comporter entre 2 et 120 caractères.');
  }
  return name;
}
