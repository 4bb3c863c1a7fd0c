import { AuthException, AuthExceptionCode } from '../auth.exception.js';
import { Actor } from './actor.js';
import { PlatformRole } from './roles.js';

/** Passes when the actor holds at least one of the given platform roles. */
export function requirePlatformRole(actor: Actor, ...allowed: readonly PlatformRole[]): void {
  if (!actor.platformRoles.some((role) => allowed.includes(role))) {
    throw new AuthException(AuthExceptionCode.PLATFORM_ROLE_REQUIRED, 'Cette action est réservée à la modération ou à l’administration de la plateforme.', {
      required: [...allowed],
    });
  }
}

export function hasPlatformRole(actor: Actor | null | undefined, role: PlatformRole): boolean {
  return actor?.platformRoles.includes(role) ?? false;
}
