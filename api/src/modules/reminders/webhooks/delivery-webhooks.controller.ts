import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Inject } from '@nestjs/common';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { SENDGRID_SIGNATURE_HEADER, SENDGRID_TIMESTAMP_HEADER } from '../../../providers/email/sendgrid-events.js';
import { DeliveryWebhooksService, WebhookResult } from './delivery-webhooks.service.js';

/** POST /webhooks/sendgrid (signed JSON events) and /webhooks/twilio (signed form-encoded status callbacks). */
@Controller('webhooks')
export class DeliveryWebhooksController {
  constructor(
    private readonly webhooks: DeliveryWebhooksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('sendgrid')
  @HttpCode(200)
  async sendgrid(@Req() req: Request, @Res() res: Response): Promise<void> {
    // bootstrap-api.ts keeps this body raw: the signature covers its exact bytes.
    const raw = Buffer.isBuffer(req.body) ? req.body : undefined;
    const result = await this.webhooks.sendgrid(raw, req.header(SENDGRID_SIGNATURE_HEADER), req.header(SENDGRID_TIMESTAMP_HEADER));
    reply(res, result);
  }

  @Post('twilio')
  @HttpCode(200)
  async twilio(@Req() req: Request, @Res() res: Response): Promise<void> {
    const params = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, string>) : {};
    const url = `${this.config.reminders.publicApiUrl}${req.originalUrl}`;
    reply(res, await this.webhooks.twilio(url, params, req.header('x-twilio-signature')));
  }
}

function reply(res: Response, result: WebhookResult): void {
  res.status(result.status).json(result.status === 200 ? { ok: true, applied: result.applied } : { ok: false, reason: result.reason });
}
