import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogService } from '../../../api/src/modules/audit/audit-log.service.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { signUpPlatformUser } from '../../support/factories/platform-users.js';
import { uniqueSuffix } from '../../support/unique.js';

const AUDIT_LOG = `query Audit($subjectType: String, $subjectId: String, $first: Int, $after: String) {
  auditLog(subjectType: $subjectType, subjectId: $subjectId, first: $first, after: $after) {
    nodes { id actorLabel action subjectType subjectId reason detailsJson occurredAt }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('audit log', () => {
  let api: TestApi;
  let db: DataSource;
  let sut: AuditLogService;

  beforeAll(async () => {
    api = await bootTestApi();
    db = api.app.get(DataSource);
    sut = api.app.get(AuditLogService);
  });
  afterAll(() => api.close());

  it('records an entry with its transaction and lists it, newest first, for moderators', async () => {
    const moderator = await signUpPlatformUser(api, 'MODERATOR');
    const subjectId = `claim-${uniqueSuffix()}`;
    await db.transaction(async (manager) => {
      await sut.record(manager, { actor: { kind: 'USER', userId: moderator.userId, email: moderator.email }, action: 'CLAIM_OPENED', subjectType: 'CLAIM', subjectId });
      await sut.record(manager, { actor: { kind: 'SYSTEM', label: 'vérification' }, action: 'CLAIM_APPROVED', subjectType: 'CLAIM', subjectId, reason: 'Code confirmé', details: { method: 'EMAIL_DOMAIN' } });
    });

    const firstPage = await moderator.client.ok<{ auditLog: { nodes: { action: string; actorLabel: string; reason: string | null; detailsJson: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      AUDIT_LOG,
      { subjectType: 'CLAIM', subjectId, first: 1 },
    );
    expect(firstPage.auditLog.nodes).toEqual([expect.objectContaining({ action: 'CLAIM_APPROVED', actorLabel: 'système: vérification', reason: 'Code confirmé' })]);
    expect(JSON.parse(firstPage.auditLog.nodes[0]!.detailsJson)).toEqual({ method: 'EMAIL_DOMAIN' });
    expect(firstPage.auditLog.pageInfo.hasNextPage).toBe(true);

    const secondPage = await moderator.client.ok<{ auditLog: { nodes: { action: string; actorLabel: string }[]; pageInfo: { hasNextPage: boolean } } }>(AUDIT_LOG, {
      subjectType: 'CLAIM',
      subjectId,
      first: 1,
      after: firstPage.auditLog.pageInfo.endCursor,
    });
    expect(secondPage.auditLog.nodes).toEqual([expect.objectContaining({ action: 'CLAIM_OPENED', actorLabel: moderator.email })]);
    expect(secondPage.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  it('rolls the entry back with the change it describes', async () => {
    const subjectId = `rollback-${uniqueSuffix()}`;
    await expect(
      db.transaction(async (manager) => {
        await sut.record(manager, { actor: { kind: 'SYSTEM', label: 'test' }, action: 'WALLET_ADJUSTED', subjectType: 'WALLET', subjectId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM audit_log WHERE subject_id = $1`, [subjectId])) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('refuses to rewrite or erase history, even in SQL', async () => {
    const subjectId = `immutable-${uniqueSuffix()}`;
    await db.transaction((manager) => sut.record(manager, { actor: { kind: 'SYSTEM', label: 'test' }, action: 'PUBLICATION_APPROVED', subjectType: 'PUBLICATION', subjectId, reason: 'preuves suffisantes' }));
    await expect(db.query(`UPDATE audit_log SET reason = 'autre chose' WHERE subject_id = $1`, [subjectId])).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log WHERE subject_id = $1`, [subjectId])).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('keeps the entries of a deleted user, detached from the person', async () => {
    const user = await signUpCreditor(api);
    const subjectId = `detached-${uniqueSuffix()}`;
    await db.transaction((manager) => sut.record(manager, { actor: { kind: 'USER', userId: user.userId, email: user.email }, action: 'RECOMMENDATION_WITHDRAWN', subjectType: 'RECOMMENDATION', subjectId }));
    await db.query(`DELETE FROM sessions WHERE user_id = $1`, [user.userId]);
    await db.query(`DELETE FROM memberships WHERE user_id = $1`, [user.userId]);
    await db.query(`DELETE FROM users WHERE id = $1`, [user.userId]);
    const rows = (await db.query(`SELECT actor_user_id, action FROM audit_log WHERE subject_id = $1`, [subjectId])) as { actor_user_id: string | null; action: string }[];
    expect(rows).toEqual([{ actor_user_id: null, action: 'RECOMMENDATION_WITHDRAWN' }]);
  });

  it('is closed to creditors and to anonymous callers, with a stable code', async () => {
    const creditor = await signUpCreditor(api);
    const refused = await creditor.client.error(AUDIT_LOG, {});
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PLATFORM_ROLE_REQUIRED' });
    const anonymous = await api.client().error(AUDIT_LOG, {});
    expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
