import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './env.variables.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Holds the configuration validated at boot; main.ts, worker.ts and tests pass it in. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
