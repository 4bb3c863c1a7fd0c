import { Global, Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module.js';
import { CompanyClaimsResolver } from './company-claims.resolver.js';
import { CompanyClaimsService } from './company-claims.service.js';
import { CompanyVerification } from './company-verification.js';

/** Global: CompanyVerification guards debtor-side and public acts in several features. */
@Global()
@Module({
  imports: [CompaniesModule],
  providers: [CompanyClaimsService, CompanyClaimsResolver, CompanyVerification],
  exports: [CompanyVerification],
})
export class ClaimsModule {}
