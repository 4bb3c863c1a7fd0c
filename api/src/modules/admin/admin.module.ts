import { Module } from '@nestjs/common';
import { AdminCompaniesService } from './admin-companies.service.js';
import { AdminResolver } from './admin.resolver.js';
import { AdminUsersService } from './admin-users.service.js';

/** The platform console: accounts, moderators, creditor suspensions. */
@Module({ providers: [AdminUsersService, AdminCompaniesService, AdminResolver] })
export class AdminModule {}
