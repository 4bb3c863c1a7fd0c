import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../api/src/config/load-config.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from '../../support/test-env.js';

describe('health and configuration', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi();
  });
  afterAll(() => api.close());

  it('reports the database and Redis as reachable', async () => {
    const response = await fetch(`${api.url}/health`);
    const body = (await response.json()) as { status: string; database: { ok: boolean }; redis: { ok: boolean } };
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true } });
  });

  it('is live, and ready once the database, Redis and every migration are there', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const response = await fetch(`${api.url}/health/ready`);
    const body = (await response.json()) as { status: string; migrations: { ok: boolean } };
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', migrations: { ok: true } });
  });

  it('is not ready while this build has migrations the database lacks', async () => {
    const name = `bonpayeur_unmigrated_${process.pid}`;
    const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const unmigrated = await bootTestApi({ env: { DATABASE_URL: databaseUrlFor(name) } });
    try {
      const response = await fetch(`${unmigrated.url}/health/ready`);
      const body = (await response.json()) as { status: string; migrations: { ok: boolean; error: string } };
      expect(response.status).toBe(503);
      expect(body.migrations).toMatchObject({ ok: false, error: expect.stringMatching(/pending migrations/) });
    } finally {
      await unmigrated.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('sends security headers on every response', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses to boot with a missing or malformed variable, naming every one', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'abc' });
    expect(attempt).toThrowError(/DATABASE_URL must use postgres: or postgresql:/);
    expect(attempt).toThrowError(/PORT must be an integer between 0 and 65535 \(got "abc"\)/);
    expect(attempt).toThrowError(/REDIS_URL is required/);
  });

  it('answers an unknown failure with a generic message and never a stack trace', async () => {
    const result = await api.client().request('{ nope }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).not.toMatch(/at .*\.js/);
  });
});
