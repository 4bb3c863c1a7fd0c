import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../../redis/redis.module.js';

type Check = { ok: boolean; latencyMs: number; error?: string };

async function timed(probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout after 2000 ms')), 2_000).unref()),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Database and Redis reachability; 503 when either is down. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.redis.ping()),
    ]);
    const ok = database.ok && redis.ok;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', database, redis });
  }

  /** Liveness for orchestrators: the process answers; says nothing of its dependencies. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: database, Redis, and no migration of this build left unapplied. */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const [database, redis, migrations] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.redis.ping()),
      timed(async () => {
        if (await this.dataSource.showMigrations()) throw new Error('pending migrations: run `npm run migrate`');
      }),
    ]);
    const ok = database.ok && redis.ok && migrations.ok;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready', database, redis, migrations });
  }
}
