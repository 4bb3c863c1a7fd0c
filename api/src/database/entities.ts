import { Company } from '../modules/companies/entities/company.entity.js';
import { InvitationEntity } from '../modules/auth/entities/invitation.entity.js';
import { MembershipEntity } from '../modules/auth/entities/membership.entity.js';
import { SessionEntity } from '../modules/auth/entities/session.entity.js';
import { UserEntity } from '../modules/auth/entities/user.entity.js';
import { ContactEntity } from '../modules/invoices/entities/contact.entity.js';
import { InvoiceEntity } from '../modules/invoices/entities/invoice.entity.js';
import { SCORE_ENTITIES } from '../modules/scores/entities/index.js';
/**
 * Every TypeORM entity, passed as classes (not globs) so the ESM build and the tests agree.
 * Add a feature's entities here.
 */
export const ENTITIES: Function[] = [Company, UserEntity, MembershipEntity, SessionEntity, InvitationEntity, ContactEntity, InvoiceEntity, ...SCORE_ENTITIES];
