import { DataSource } from 'typeorm';
import type { TestApi } from '../boot-api.js';
import { signUpCreditor, SignedUpCreditor } from './accounts.js';

/**
 * A signed-up, logged-in user holding a platform role. Roles are granted in SQL here because the
 * product grants them through the admin console, which itself needs a first admin.
 */
export async function signUpPlatformUser(api: TestApi, ...roles: readonly ('MODERATOR' | 'ADMIN')[]): Promise<SignedUpCreditor> {
  const user = await signUpCreditor(api, { fullName: `Équipe ${roles.join(' ')}` });
  await api.app.get(DataSource).query(`UPDATE users SET platform_roles = $2::text[] WHERE id = $1`, [user.userId, roles]);
  return user;
}
