import { Company } from '../modules/companies/entities/company.entity.js';
/**
 * Every TypeORM entity, passed as classes (not globs) so the ESM build and the tests agree.
 * Add a feature's entities here.
 */
export const ENTITIES: Function[] = [Company];
