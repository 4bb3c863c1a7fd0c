import { DynamicModule, Module } from '@nestjs/common';
import { BootOptions } from './boot-options.js';
import { CoreModule } from './core.module.js';
import { FEATURE_MODULES } from './feature-modules.js';
import { GraphQLApiModule } from './graphql/graphql-api.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { OperationsModule } from './modules/operations/operations.module.js';

/** The HTTP role: GraphQL, webhooks, health, operator endpoints. No bull processors run here. */
@Module({})
export class ApiModule {
  static forRoot(options: BootOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [CoreModule.forRoot(options, 'api'), GraphQLApiModule, HealthModule, OperationsModule, ...FEATURE_MODULES],
    };
  }
}
