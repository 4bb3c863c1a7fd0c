import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher.js';
import { PersonalDataResolver } from './personal-data.resolver.js';
import { PersonalDataService } from './personal-data.service.js';

/** A user's own account: personal-data export and deletion. */
@Module({ providers: [PersonalDataService, PersonalDataResolver, PasswordHasher] })
export class AccountModule {}
