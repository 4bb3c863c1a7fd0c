import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { bootstrapWorker } from '../../../api/src/bootstrap-worker.js';
import { dataSourceOptions } from '../../../api/src/database/data-source-options.js';
import { ReminderDispatcherService } from '../../../api/src/modules/reminders/jobs/reminder-dispatcher.service.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { startSendgridStub, type SendgridStub } from '../../support/stubs/sendgrid-stub.js';
import { testConfig } from '../../support/test-config.js';
import { ADMIN_DATABASE_URL, databaseUrlFor } from '../../support/test-env.js';

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
  const name = `bonpayeur_test_${inject('runId')}_web_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = databaseUrlFor(name);
  const migrator = await new DataSource(dataSourceOptions({ databaseUrl, databasePoolSize: 2 })).initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();

  const sendgrid = await startSendgridStub();
  const env = {
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: `{bp-web-${name}}`,
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
      if (process.env.KEEP_TEST_DATABASE) return;
      const cleanup = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
