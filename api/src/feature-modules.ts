import type { DynamicModule, Type } from '@nestjs/common';
import { CompaniesWorkerModule } from './modules/companies/companies-worker.module.js';
import { CompaniesModule } from './modules/companies/companies.module.js';
import { AccountModule } from './modules/account/account.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { DebtorLinkWorkerModule } from './modules/debtor-link/debtor-link-worker.module.js';
import { DebtorLinkModule } from './modules/debtor-link/debtor-link.module.js';
import { DisputesModule } from './modules/disputes/disputes.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { TeamModule } from './modules/team/team.module.js';
import { InvoicesModule } from './modules/invoices/invoices.module.js';
import { RemindersWorkerModule } from './modules/reminders/reminders-worker.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { TokensModule } from './modules/tokens/tokens.module.js';
import { ScoresWorkerModule } from './modules/scores/scores-worker.module.js';
import { ScoresModule } from './modules/scores/scores.module.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { NotificationsWorkerModule } from './modules/notifications/notifications-worker.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { RecommendationsModule } from './modules/recommendations/recommendations.module.js';
import { PublicationsWorkerModule } from './modules/publications/publications-worker.module.js';
import { PublicationsModule } from './modules/publications/publications.module.js';
import { ProfileCacheModule } from './modules/profile-cache/profile-cache.module.js';

type ModuleRef = Type<unknown> | DynamicModule;

/** Feature modules loaded by both roles (services, resolvers, queue registrations). */
export const FEATURE_MODULES: ModuleRef[] = [ProfileCacheModule, CompaniesModule, AuthModule, AuditModule, InvoicesModule, ScoresModule, TokensModule, RemindersModule, DashboardModule, TeamModule, NotificationsModule, ClaimsModule, RecommendationsModule, PublicationsModule, DisputesModule, AdminModule, DebtorLinkModule, AccountModule];

/** Modules holding bull processors: loaded by the worker only. */
export const WORKER_MODULES: ModuleRef[] = [CompaniesWorkerModule, ScoresWorkerModule, RemindersWorkerModule, NotificationsWorkerModule, PublicationsWorkerModule, DebtorLinkWorkerModule];
