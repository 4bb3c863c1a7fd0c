import { Global, Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module.js';
import { TokensModule } from '../tokens/tokens.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { AuthGuard } from './guards/auth.guard.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';

/** Global so every feature can guard its resolvers with AuthGuard. */
@Global()
@Module({
  imports: [CompaniesModule, TokensModule],
  providers: [AuthService, AuthResolver, SessionService, PasswordHasher, LoginRateLimiter, AuthGuard],
  exports: [SessionService, AuthGuard],
})
export class AuthModule {}
