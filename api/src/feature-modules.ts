import type { DynamicModule, Type } from '@nestjs/common';
import { CompaniesWorkerModule } from './modules/companies/companies-worker.module.js';
import { CompaniesModule } from './modules/companies/companies.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { InvoicesModule } from './modules/invoices/invoices.module.js';
import { RemindersWorkerModule } from './modules/reminders/reminders-worker.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { TokensModule } from './modules/tokens/tokens.module.js';
import { ScoresWorkerModule } from './modules/scores/scores-worker.module.js';
import { ScoresModule } from './modules/scores/scores.module.js';

type ModuleRef = Type<unknown> | DynamicModule;

/** Feature modules loaded by both roles (services, resolvers, queue registrations). */
export const FEATURE_MODULES: ModuleRef[] = [CompaniesModule, AuthModule, InvoicesModule, ScoresModule, TokensModule, RemindersModule];

/** Modules holding bull processors: loaded by the worker only. */
export const WORKER_MODULES: ModuleRef[] = [CompaniesWorkerModule, ScoresWorkerModule, RemindersWorkerModule];
