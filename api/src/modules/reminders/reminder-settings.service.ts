import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { DEFAULT_MIN_CONTACT_DELAY_DAYS } from './domain/contact-spacing.js';
import { DEFAULT_SEND_HOUR } from './domain/schedule.js';
import { ReminderSettingsObject } from './dtos/reminder-settings.dto.js';
import { RemindersException, RemindersExceptionCode } from './reminders.exception.js';

export interface ReminderSettings {
  sendHour: number;
  minContactDelayDays: number;
}

/** A creditor's send hour and contact spacing; defaults until it changes them. */
@Injectable()
export class ReminderSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(creditorSiren: string, manager: EntityManager = this.dataSource.manager): Promise<ReminderSettings> {
    const [row] = (await manager.query(`SELECT send_hour, min_contact_delay_days FROM creditor_reminder_settings WHERE creditor_siren = $1`, [creditorSiren])) as {
      send_hour: number;
      min_contact_delay_days: number;
    }[];
    return { sendHour: row?.send_hour ?? DEFAULT_SEND_HOUR, minContactDelayDays: row?.min_contact_delay_days ?? DEFAULT_MIN_CONTACT_DELAY_DAYS };
  }

  async update(creditorSiren: string, input: { sendHour?: number | null; minContactDelayDays?: number | null }): Promise<ReminderSettingsObject> {
    const current = await this.get(creditorSiren);
    const next = { sendHour: input.sendHour ?? current.sendHour, minContactDelayDays: input.minContactDelayDays ?? current.minContactDelayDays };
    if (!Number.isInteger(next.sendHour) || next.sendHour < 8 || next.sendHour > 19) {
      throw new RemindersException(RemindersExceptionCode.SETTINGS_INVALID, "L'heure d'envoi est comprise entre 8 et 19 heures.", { field: 'sendHour' });
    }
    if (!Number.isInteger(next.minContactDelayDays) || next.minContactDelayDays < 0 || next.minContactDelayDays > 30) {
      throw new RemindersException(RemindersExceptionCode.SETTINGS_INVALID, 'Le délai entre deux messages à un même client est de 0 à 30 jours.', { field: 'minContactDelayDays' });
    }
    await this.dataSource.query(
      `INSERT INTO creditor_reminder_settings (creditor_siren, send_hour, min_contact_delay_days, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (creditor_siren) DO UPDATE SET send_hour = EXCLUDED.send_hour, min_contact_delay_days = EXCLUDED.min_contact_delay_days, updated_at = EXCLUDED.updated_at`,
      [creditorSiren, next.sendHour, next.minContactDelayDays, this.clock.now()],
    );
    return next;
  }
}
