import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { DebtorLinkException, DebtorLinkExceptionCode } from './debtor-link.exception.js';
import { checkPaymentSettings, PaymentSettings } from './domain/payment-settings.js';

/** How a creditor wants to be paid, shown on its debtors' pages. */
@Injectable()
export class PaymentSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(creditorSiren: string): Promise<PaymentSettings> {
    const [row] = (await this.dataSource.query(`SELECT payment_url, payment_instructions FROM creditor_payment_settings WHERE creditor_siren = $1`, [creditorSiren])) as {
      payment_url: string | null;
      payment_instructions: string | null;
    }[];
    return { paymentUrl: row?.payment_url ?? null, paymentInstructions: row?.payment_instructions ?? null };
  }

  async update(creditorSiren: string, userId: string, draft: { paymentUrl?: string | null; paymentInstructions?: string | null }): Promise<PaymentSettings> {
    const checked = checkPaymentSettings(draft);
    if (!checked.ok) throw new DebtorLinkException(DebtorLinkExceptionCode.PAYMENT_SETTINGS_INVALID, checked.message, { field: checked.field });
    await this.dataSource.query(
      `INSERT INTO creditor_payment_settings (creditor_siren, payment_url, payment_instructions, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (creditor_siren) DO UPDATE SET payment_url = $2, payment_instructions = $3, updated_by = $4, updated_at = $5`,
      [creditorSiren, checked.settings.paymentUrl, checked.settings.paymentInstructions, userId, this.clock.now()],
    );
    return checked.settings;
  }
}
