import { Companies1764000000000 } from './1764000000000-Companies.js';
/**
 * Every migration, in order, passed as classes so the ESM build and the tests agree.
 * Add new migrations at the end.
 */
export const MIGRATIONS: Function[] = [Companies1764000000000];
