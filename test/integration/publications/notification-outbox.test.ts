import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { NotificationOutbox } from '../../../api/src/modules/notifications/notification-outbox.js';
import { NotificationSenderService } from '../../../api/src/modules/notifications/notification-sender.service.js';
import { EmailSender, OutgoingEmail } from '../../../api/src/providers/email/email-sender.port.js';
import { ProviderError } from '../../../api/src/providers/provider-error.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { createPrivateDatabase } from '../../support/private-database.js';
import { uniqueEmail, uniqueSuffix } from '../../support/unique.js';

/** A strict in-memory EmailSender: records what it is asked to send, or fails as told. */
class RecordingSender extends EmailSender {
  readonly provider = 'recording';
  sent: OutgoingEmail[] = [];
  failWith: ProviderError | null = null;
  constructor(public configured: boolean) {
    super();
  }
  async send(email: OutgoingEmail): Promise<{ providerMessageId: string }> {
    if (this.failWith) throw this.failWith;
    this.sent.push(email);
    return { providerMessageId: `rec-${this.sent.length}` };
  }
}

/**
 * The notices' sender against the real database with a strict fake provider. Each pass sends every
 * waiting notice of its database: on a database of this file's own, so it never takes (and records
 * as sent) another file's notices, nor another file's drain this file's.
 */
describe('notification outbox', () => {
  let api: TestApi;
  let db: DataSource;
  let database: Awaited<ReturnType<typeof createPrivateDatabase>>;
  const clock = new FixedClock(new Date('2026-05-04T08:00:00Z'));

  beforeAll(async () => {
    database = await createPrivateDatabase('notification_outbox');
    api = await bootTestApi({ clock, env: { DATABASE_URL: database.url } });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  async function enqueue(to: string): Promise<string> {
    const subjectId = `test-${uniqueSuffix()}`;
    await db.transaction((manager) => new NotificationOutbox().enqueue(manager, [{ kind: 'TEST_NOTICE', to, subject: 'Objet', body: 'Corps', subjectType: 'TEST', subjectId }]));
    return subjectId;
  }
  const statusOf = async (subjectId: string) => ((await db.query(`SELECT status, attempts FROM notification_emails WHERE subject_id = $1`, [subjectId])) as { status: string; attempts: number }[])[0];

  it('keeps notices as NOT_CONFIGURED without a provider, then sends each exactly once when one is configured', async () => {
    const to = uniqueEmail('notice');
    const subjectId = await enqueue(to);
    const sender = new RecordingSender(false);
    await new NotificationSenderService(db, sender, clock).sendPending();
    expect(await statusOf(subjectId)).toMatchObject({ status: 'NOT_CONFIGURED' });

    sender.configured = true;
    const sut = new NotificationSenderService(db, sender, clock);
    await sut.sendPending();
    await sut.sendPending();
    expect(sender.sent.filter((email) => email.to === to)).toHaveLength(1);
    expect(await statusOf(subjectId)).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('marks a notice left SENDING by a dead worker as UNKNOWN, never resending it', async () => {
    const subjectId = await enqueue(uniqueEmail('crash'));
    await db.query(`UPDATE notification_emails SET status = 'SENDING', updated_at = $2 WHERE subject_id = $1`, [subjectId, new Date(clock.now().getTime() - 11 * 60_000)]);
    const sender = new RecordingSender(true);
    await new NotificationSenderService(db, sender, clock).sendPending();
    expect(await statusOf(subjectId)).toMatchObject({ status: 'UNKNOWN' });
    expect(sender.sent.filter((email) => email.subject === 'Objet' && email.to.startsWith('crash'))).toEqual([]);
  });

  it('retries a retryable failure, and never resends an ambiguous one', async () => {
    const retry = await enqueue(uniqueEmail('retry'));
    const sender = new RecordingSender(true);
    sender.failWith = new ProviderError('RETRYABLE', 'HTTP 503');
    const sut = new NotificationSenderService(db, sender, clock);
    await sut.sendPending();
    expect(await statusOf(retry)).toMatchObject({ status: 'PENDING', attempts: 1 });

    sender.failWith = new ProviderError('AMBIGUOUS', 'socket hang up');
    await sut.sendPending();
    expect(await statusOf(retry)).toMatchObject({ status: 'UNKNOWN', attempts: 2 });
    sender.failWith = null;
    await sut.sendPending();
    expect(await statusOf(retry)).toMatchObject({ status: 'UNKNOWN', attempts: 2 });
  });
});
