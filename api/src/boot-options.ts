import type { DestinationStream } from 'pino';
import { Clock } from './common/clock.js';
import { AppConfig } from './config/env.variables.js';

/** What a process (or a test) decides at boot. */
export interface BootOptions {
  config: AppConfig;
  /** Defaults to the system clock; tests pass a fixed or driven one. */
  clock?: Clock;
  /** Where log lines go; stdout when absent. Tests pass a stream that records them. */
  logDestination?: DestinationStream;
}

/** Which role the process plays: it tags every log line. */
export type ProcessRole = 'api' | 'worker' | 'cli';
