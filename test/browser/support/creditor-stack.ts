import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bootstrapWorker } from '../../../api/src/bootstrap-worker.js';
import { ReminderDispatcherService } from '../../../api/src/modules/reminders/jobs/reminder-dispatcher.service.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { createPrivateDatabase } from '../../support/private-database.js';
import { startSendgridStub, type SendgridStub } from '../../support/stubs/sendgrid-stub.js';
import { testConfig } from '../../support/test-config.js';

export interface CreditorStack {
  api: TestApi;
  worker: INestApplicationContext;
  sendgrid: SendgridStub;
  db: DataSource;
  /** What the worker's repeatable dispatcher does every few seconds in production (it is off under NODE_ENV=test). */
  dispatchDue(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real API and the real worker on a database of their own, with e-mails going through the
 * SendGrid SDK to a stub. A database of its own because the dispatcher claims every due message
 * of its database, and this test runs on the real clock: on the run's shared database it would
 * send other test files' messages.
 */
export async function startCreditorStack(): Promise<CreditorStack> {
  const database = await createPrivateDatabase('web');
  const sendgrid = await startSendgridStub();
  const env = {
    DATABASE_URL: database.url,
    QUEUE_PREFIX: `{bp-web-${new URL(database.url).pathname.slice(1)}}`,
    SENDGRID_API_KEY: 'SG.test-key',
    SENDGRID_API_BASE: sendgrid.url,
    EMAIL_FROM: 'relances@bonpayeur.test',
    REMINDER_DISPATCH_EVERY_MS: '0',
    SIGNUP_FREE_TOKENS: '5',
    PAYMENT_PROVIDER: 'development',
  };
  const api = await bootTestApi({ env });
  const worker = await bootstrapWorker({ config: testConfig(env) });
  const db = api.app.get(DataSource);
  const dispatcher = worker.get(ReminderDispatcherService);
  return {
    api,
    worker,
    sendgrid,
    db,
    async dispatchDue() {
      await dispatcher.dispatchDue();
      // The sender runs on bull in the worker: wait until nothing is in flight.
      for (let i = 0; i < 300; i++) {
        const [{ busy }] = (await db.query(`SELECT count(*)::int AS busy FROM reminder_messages WHERE status IN ('QUEUED', 'SENDING')`)) as [{ busy: number }];
        if (busy === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('messages still QUEUED or SENDING after 15 s');
    },
    async close() {
      await worker.close();
      await api.close();
      await sendgrid.close();
      await database.drop();
    },
  };
}
