import { BadRequestException, Controller, Headers, HttpCode, Logger, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { InvalidWebhookSignatureError } from '../../providers/payment/payment-provider.port.js';
import { StripeWebhookVerifier } from '../../providers/payment/stripe-webhook.verifier.js';
import { PaymentEventOutcome, TokenPurchasesService } from './token-purchases.service.js';

/**
 * Stripe's notifications. The body arrives raw (bootstrap-api mounts a raw parser on this path):
 * the signature covers the exact bytes. Anything unsigned or forged is a 400 and changes nothing;
 * a verified event is answered 200 whatever it did, so Stripe stops redelivering it.
 */
@Controller('webhooks')
export class StripeWebhookController {
  private readonly logger = new Logger(StripeWebhookController.name);

  constructor(
    private readonly verifier: StripeWebhookVerifier,
    private readonly purchases: TokenPurchasesService,
  ) {}

  @Post('stripe')
  @HttpCode(200)
  async receive(@Req() req: Request, @Headers('stripe-signature') signature: string | undefined): Promise<{ received: true; outcome: PaymentEventOutcome }> {
    const rawBody = Buffer.isBuffer(req.body) ? req.body : undefined;
    let event;
    try {
      event = this.verifier.verify(rawBody, signature);
    } catch (error) {
      if (error instanceof InvalidWebhookSignatureError) {
        this.logger.warn(`Rejected Stripe webhook from ${req.ip ?? 'unknown'}: ${error.message}`);
        throw new BadRequestException('Invalid Stripe signature');
      }
      throw error;
    }
    return { received: true, outcome: await this.purchases.handleProviderEvent(event) };
  }
}
