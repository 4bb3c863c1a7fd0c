import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { EmailSender } from './email-sender.port.js';
import { SendgridEmailSender } from './sendgrid.email-sender.js';

@Module({
  providers: [{ provide: EmailSender, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new SendgridEmailSender(config.reminders) }],
  exports: [EmailSender],
})
export class EmailModule {}
