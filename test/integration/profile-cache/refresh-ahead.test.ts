import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { CompaniesService } from '../../../api/src/modules/companies/companies.service.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { uniqueSiren } from '../../support/unique.js';
import { captureLogs } from '../operations/log-capture.js';
import { ask, expectSameAnswer, PROFILE, untilCached, untilFresh } from './support.js';

const TTL_SECONDS = 30;
const clock = new FixedClock(new Date());
const logs = captureLogs();
let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await bootTestApi({ clock, env: { PROFILE_CACHE_SECONDS: String(TTL_SECONDS), LOG_LEVEL: 'info' }, logDestination: logs });
  db = api.app.get(DataSource);
});

afterAll(async () => {
  await api?.close();
});

function advanceSeconds(seconds: number): void {
  clock.set(new Date(clock.now().getTime() + seconds * 1000));
}

/** A change PostgreSQL does not signal (triggers off, as in a bulk load): only the age limit catches it. */
async function renameSilently(siren: string, name: string): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(`UPDATE companies SET name = $2 WHERE siren = $1`, [siren, name]);
  });
}

describe('the age limit of cached answers (PROFILE_CACHE_SECONDS)', () => {
  it('refreshes an answer in demand in the background after half of it: never a miss for visitors, never older than the limit', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Ancien Nom');
    await untilCached(api, logs, siren);
    await renameSilently(siren, 'Nouveau Nom');
    expect((await ask(api, logs, PROFILE, { siren })).body.data?.company).toMatchObject({ name: 'Ancien Nom' });

    // Past half the limit: still served at once, and executed again behind the scenes.
    advanceSeconds(TTL_SECONDS / 2 + 1);
    const served = await ask(api, logs, PROFILE, { siren });
    expect(served.hit).toBe(true);
    const refreshed = await untilFresh(api, logs, siren, (company) => company.name === 'Nouveau Nom');
    expect(refreshed.hit).toBe(true);

    // Past the first answer's limit, the refreshed one is still served: it is younger.
    advanceSeconds(TTL_SECONDS / 2 + 1);
    const later = await ask(api, logs, PROFILE, { siren });
    expect(later.hit).toBe(true);
    expect(later.body.data?.company).toMatchObject({ name: 'Nouveau Nom' });

    // The refreshed answer is byte for byte the executed one (evicted by a signalled no-op update).
    await db.query(`UPDATE companies SET name = name WHERE siren = $1`, [siren]);
    let executed = await ask(api, logs, PROFILE, { siren });
    for (let attempt = 0; executed.hit && attempt < 50; attempt += 1) executed = await ask(api, logs, PROFILE, { siren });
    expect(executed.hit).toBe(false);
    expectSameAnswer(later, executed);
  });

  it('lets an answer nobody asked for in the meantime expire at the limit', async () => {
    const siren = uniqueSiren();
    await api.app.get(CompaniesService).findOrCreateBySiren(siren, 'Boutique Oubliée');
    await untilCached(api, logs, siren);
    await renameSilently(siren, 'Boutique Retrouvée');
    advanceSeconds(TTL_SECONDS + 1);
    const answer = await ask(api, logs, PROFILE, { siren });
    expect(answer.hit).toBe(false);
    expect(answer.body.data?.company).toMatchObject({ name: 'Boutique Retrouvée' });
  });
});
