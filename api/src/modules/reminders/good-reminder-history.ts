import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { GOOD_REMINDER_HISTORY, GoodReminderHistory } from '../scores/good-reminder-history.port.js';

/** For the score: did a GOOD reminder reach the provider (SENT or DELIVERED) on or before the payment date, in Paris? */
@Injectable()
export class OutboxGoodReminderHistory implements GoodReminderHistory {
  async hadGoodReminderBefore(manager: EntityManager, invoiceId: string, paidOn: string): Promise<boolean> {
    const [row] = (await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM reminder_messages
          WHERE invoice_id = $1 AND tone = 'GOOD' AND status IN ('SENT', 'DELIVERED')
            AND (sent_at AT TIME ZONE 'Europe/Paris')::date <= $2::date) AS found`,
      [invoiceId, paidOn],
    )) as [{ found: boolean }];
    return row.found;
  }
}

/** Global because the scores feature injects it (optionally) without importing reminders. */
@Global()
@Module({
  providers: [{ provide: GOOD_REMINDER_HISTORY, useClass: OutboxGoodReminderHistory }],
  exports: [GOOD_REMINDER_HISTORY],
})
export class GoodReminderHistoryModule {}
