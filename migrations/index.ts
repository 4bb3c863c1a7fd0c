/**
 * Every migration, in order, passed as classes so the ESM build and the tests agree.
 * Add new migrations at the end.
 */
export const MIGRATIONS: Function[] = [];
