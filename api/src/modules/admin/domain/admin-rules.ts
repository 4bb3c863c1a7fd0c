import { PlatformRole } from '../../auth/domain/roles.js';
import { AdminException, AdminExceptionCode } from '../admin.exception.js';

/** A written reason for an admin decision: trimmed, 3 to 500 characters. */
export function requireReason(raw: string): string {
  const reason = raw.trim().replace(/\s+/g, ' ');
  if (reason.length < 3 || reason.length > 500) {
    throw new AdminException(AdminExceptionCode.INVALID_REASON, 'Indiquez un motif de 3 à 500 caractères.');
  }
  return reason;
}

/** The roles after granting or revoking one: sorted, no duplicates, the other roles untouched. */
export function changeRole(current: readonly PlatformRole[], role: PlatformRole, granted: boolean): PlatformRole[] {
  const next = new Set(current);
  if (granted) next.add(role);
  else next.delete(role);
  return [...next].sort();
}

/** A search text for users or companies: 2 to 100 characters once trimmed. */
export function requireSearch(raw: string): string {
  const text = raw.trim();
  if (text.length < 2 || text.length > 100) {
    throw new AdminException(AdminExceptionCode.INVALID_SEARCH, 'La recherche doit comporter entre 2 et 100 caractères.');
  }
  return text;
}

/** `50%_x` → `50\%\_x`, so a LIKE pattern matches the text literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
