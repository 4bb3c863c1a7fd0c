import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../api/src/config/load-config.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';

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
