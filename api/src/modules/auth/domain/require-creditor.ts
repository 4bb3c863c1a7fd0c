import { AuthException, AuthExceptionCode } from '../auth.exception.js';
import { Actor } from './actor.js';
import { CreditorPermission, roleAllows } from './roles.js';

/** The company the actor acts for, checked against the permission the operation needs. */
export function requireCreditor(actor: Actor, permission: CreditorPermission): { siren: string } {
  const company = actor.activeCompany;
  if (!company) {
    throw new AuthException(
      AuthExceptionCode.NO_ACTIVE_COMPANY,
      "Votre compte n'est rattaché à aucune entreprise : créez-en une ou acceptez une invitation.",
    );
  }
  if (!roleAllows(company.role, permission)) {
    throw new AuthException(AuthExceptionCode.ROLE_NOT_ALLOWED, "Votre rôle dans l'entreprise ne permet pas cette action.");
  }
  return { siren: company.siren };
}
