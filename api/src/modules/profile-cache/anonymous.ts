import { readSessionCookie } from '../auth/guards/auth.guard.js';

/** A request that carries no session cookie: the public, served from the profile cache. */
export function isAnonymous(request: unknown): boolean {
  const cookies = (request as { cookies?: unknown } | undefined)?.cookies;
  return readSessionCookie(cookies) === undefined;
}
