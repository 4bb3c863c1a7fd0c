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

/**
 * requireCreditor, and refused while a platform admin has suspended the company: what a suspended
 * creditor may no longer start (new invoices, scenarios, publications). Reading, settling and paying
 * stay open, so a suspension never keeps a debtor's payment from counting.
 */
export function requireActiveCreditor(actor: Actor, permission: CreditorPermission): { siren: string } {
  const company = requireCreditor(actor, permission);
  if (actor.activeCompany?.suspended) {
    throw new AuthException(
      AuthExceptionCode.CREDITOR_SUSPENDED,
      'Votre entreprise est suspendue par Bonpayeur : vous ne pouvez plus lancer de relances, créer de factures ni demander de publication. Contactez le support.',
    );
  }
  return company;
}
