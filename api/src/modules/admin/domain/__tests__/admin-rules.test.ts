import { describe, expect, it } from 'vitest';
import { PlatformRole } from '../../../auth/domain/roles.js';
import { AdminException } from '../../admin.exception.js';
import { changeRole, escapeLike, requireReason, requireSearch } from '../admin-rules.js';

describe('admin rules', () => {
  it('grants and revokes one platform role, leaving the others alone', () => {
    expect(changeRole([], PlatformRole.MODERATOR, true)).toEqual(['MODERATOR']);
    expect(changeRole([PlatformRole.MODERATOR], PlatformRole.MODERATOR, true)).toEqual(['MODERATOR']);
    expect(changeRole([PlatformRole.ADMIN, PlatformRole.MODERATOR], PlatformRole.MODERATOR, false)).toEqual(['ADMIN']);
    expect(changeRole([PlatformRole.ADMIN], PlatformRole.MODERATOR, false)).toEqual(['ADMIN']);
  });

  it('wants a reason of 3 to 500 characters', () => {
    expect(requireReason('  fraude   avérée ')).toBe('fraude avérée');
    expect(() => requireReason('ok')).toThrow(AdminException);
    expect(() => requireReason('x'.repeat(501))).toThrow(AdminException);
  });

  it('wants a search of 2 to 100 characters and escapes LIKE wildcards', () => {
    expect(() => requireSearch(' a ')).toThrow(AdminException);
    expect(requireSearch(' dupont ')).toBe('dupont');
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
