import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { SmsSender } from './sms-sender.port.js';
import { TwilioSmsSender } from './twilio.sms-sender.js';

@Module({
  providers: [{ provide: SmsSender, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new TwilioSmsSender(config.reminders) }],
  exports: [SmsSender],
})
export class SmsModule {}
