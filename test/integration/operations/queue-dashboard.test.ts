import type { Queue } from 'bull';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB, QUEUE } from '../../../api/src/common/queue-names.js';
import { ALL_QUEUES } from '../../../api/src/modules/operations/operations-queues.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('queue dashboard (/admin/queues)', () => {
  let api: TestApi;
  let adminCookie: string;

  beforeAll(async () => {
    api = await bootTestApi();
    const admin = await signUpPlatformUser(api, 'ADMIN');
    adminCookie = `bp_session=${admin.client.cookie('bp_session')}`;
  });
  afterAll(() => api.close());

  it('is refused to anyone but a platform ADMIN, pages and API alike', async () => {
    const creditor = await signUpCreditor(api);
    const moderator = await signUpPlatformUser(api, 'MODERATOR');
    for (const cookie of ['', 'bp_session=made-up', `bp_session=${creditor.client.cookie('bp_session')}`, `bp_session=${moderator.client.cookie('bp_session')}`]) {
      for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
        const response = await fetch(`${api.url}${path}`, { headers: { cookie } });
        expect(response.status).toBe(403);
        expect(await response.text()).not.toContain(QUEUE.reminderEmail);
      }
    }
  });

  it('shows every queue to an ADMIN', async () => {
    const page = await fetch(`${api.url}/admin/queues`, { headers: { cookie: adminCookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Bonpayeur · files');
    const listing = (await (await fetch(`${api.url}/admin/queues/api/queues`, { headers: { cookie: adminCookie } })).json()) as { queues: { name: string }[] };
    expect(listing.queues.map((queue) => queue.name).sort()).toEqual(Object.values(QUEUE).sort());
  });

  it('retries a failed job from the dashboard', async () => {
    const queue = api.app.get<symbol, Queue[]>(ALL_QUEUES).find((candidate) => candidate.name === QUEUE.companyImport)!;
    let calls = 0;
    // A processor that fails once, standing in for a provider outage.
    void queue.process(JOB.importSireneFile, async () => {
      calls += 1;
      if (calls === 1) throw new Error('provider down');
      return 'done';
    });
    const job = await queue.add(JOB.importSireneFile, { filePath: '/tmp/none.csv' }, { attempts: 1 });
    await until(async () => (await queue.getJobCounts()).failed === 1, 'the job to fail');

    const retry = await fetch(`${api.url}/admin/queues/api/queues/${QUEUE.companyImport}/${job.id}/retry`, { method: 'PUT', headers: { cookie: adminCookie } });
    expect(retry.status).toBe(204);
    await until(async () => calls === 2 && (await queue.getJobCounts()).failed === 0, 'the retried job to complete');

    const anonymous = await fetch(`${api.url}/admin/queues/api/queues/${QUEUE.companyImport}/${job.id}/retry`, { method: 'PUT' });
    expect(anonymous.status).toBe(403);
  });
});
