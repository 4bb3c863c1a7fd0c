import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import { BootOptions, ProcessRole } from './boot-options.js';
import { ClockModule } from './common/clock.module.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { AppConfig } from './config/env.variables.js';
import { DatabaseModule } from './database/database.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { RedisModule } from './redis/redis.module.js';

/** What both roles (api and worker) stand on: config, clock, PostgreSQL, Redis, bull, logs and metrics. */
@Module({})
export class CoreModule {
  static forRoot(options: BootOptions, role: ProcessRole = 'cli'): DynamicModule {
    const imports = [
      ConfigModule.forRoot(options.config),
      ClockModule.forRoot(options.clock),
      DatabaseModule,
      ObservabilityModule.forRoot({ config: options.config, role, ...(options.logDestination ? { logDestination: options.logDestination } : {}) }),
      RedisModule,
      BullModule.forRootAsync({
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) => ({
          url: config.redisUrl,
          prefix: config.queuePrefix,
          defaultJobOptions: {
            attempts: 5,
            backoff: { type: 'exponential', delay: 2_000 },
            removeOnComplete: true,
            removeOnFail: false,
          },
        }),
      }),
    ];
    return { module: CoreModule, global: true, imports, exports: imports };
  }
}
