import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogService } from '../../../api/src/modules/audit/audit-log.service.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { uniqueSuffix } from '../../support/unique.js';

describe('audit log order', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi();
  });
  afterAll(() => api.close());

  it('lists newest first by numeric id, also across a change in the number of digits', async () => {
    const sut = api.app.get(AuditLogService);
    const db = api.app.get(DataSource);
    const subjectId = `order-${uniqueSuffix()}`;
    for (let step = 1; step <= 12; step += 1) {
      await db.transaction((manager) => sut.record(manager, { actor: { kind: 'SYSTEM', label: 'test' }, action: `STEP_${step}`, subjectType: 'TEST', subjectId }));
    }
    const page = await sut.list({ subjectType: 'TEST', subjectId, first: 100 });
    expect(page.rows.map((row) => row.action)).toEqual(Array.from({ length: 12 }, (_, index) => `STEP_${12 - index}`));
  });
});
