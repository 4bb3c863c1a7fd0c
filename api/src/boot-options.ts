import { Clock } from './common/clock.js';
import { AppConfig } from './config/env.variables.js';

/** What a process (or a test) decides at boot. */
export interface BootOptions {
  config: AppConfig;
  /** Defaults to the system clock; tests pass a fixed or driven one. */
  clock?: Clock;
}
