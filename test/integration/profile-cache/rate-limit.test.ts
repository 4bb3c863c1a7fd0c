import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompaniesService } from '../../../api/src/modules/companies/companies.service.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { uniqueSiren } from '../../support/unique.js';
import { captureLogs } from '../operations/log-capture.js';
import { ask, PROFILE } from './support.js';

const LIMIT = 4;
const logs = captureLogs();
let api: TestApi;

beforeAll(async () => {
  api = await bootTestApi({ env: { PROFILE_CACHE_SECONDS: '30', PUBLIC_RATE_LIMIT_PER_MINUTE: String(LIMIT), LOG_LEVEL: 'info' }, logDestination: logs });
});

afterAll(async () => {
  await api?.close();
});

describe('the public rate limit on cached profiles', () => {
  it('counts every answer from the cache once, and refuses past the cap', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Fromagerie Comptée');
    // Other addresses warm the cache, one each (the API trusts one proxy hop: X-Forwarded-For is the client).
    let warm = false;
    for (let attempt = 1; attempt <= 100 && !warm; attempt += 1) {
      warm = (await ask(api, logs, PROFILE, { siren }, { 'x-forwarded-for': `203.0.113.${attempt}` })).hit;
      if (!warm) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(warm).toBe(true);

    const visitor = { 'x-forwarded-for': '198.51.100.7' };
    const answers = [];
    for (let request = 0; request < LIMIT; request += 1) answers.push(await ask(api, logs, PROFILE, { siren }, visitor));
    expect(answers.map((answer) => [answer.status, answer.hit])).toEqual(Array.from({ length: LIMIT }, () => [200, true]));

    const refused = await ask(api, logs, PROFILE, { siren }, visitor);
    expect(refused.status).toBe(429);
    expect(refused.body.errors).toMatchObject([{ extensions: { code: 'RATE_LIMITED' } }]);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
