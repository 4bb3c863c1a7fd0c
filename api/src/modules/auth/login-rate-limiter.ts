import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { REDIS } from '../../redis/redis.module.js';
import { AuthException, AuthExceptionCode } from './auth.exception.js';

/**
 * Counts failed log-ins per e-mail and per client address in Redis, shared by every API process.
 * An address gets more attempts than one e-mail, since offices share addresses.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, clientAddress: string): Promise<void> {
    const [byEmail, byAddress] = await this.redis.mget(this.emailKey(email), this.addressKey(clientAddress));
    const limit = this.config.loginMaxAttempts;
    if (Number(byEmail ?? 0) >= limit || Number(byAddress ?? 0) >= limit * 5) {
      const retryAfterSeconds = Math.max(1, await this.redis.ttl(this.emailKey(email)));
      throw new AuthException(
        AuthExceptionCode.TOO_MANY_ATTEMPTS,
        `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
        { retryAfterSeconds },
      );
    }
  }

  async recordFailure(email: string, clientAddress: string): Promise<void> {
    const window = this.config.loginWindowSeconds;
    await this.redis
      .multi()
      .incr(this.emailKey(email))
      .expire(this.emailKey(email), window, 'NX')
      .incr(this.addressKey(clientAddress))
      .expire(this.addressKey(clientAddress), window, 'NX')
      .exec();
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.emailKey(email));
  }

  private emailKey(email: string): string {
    return `${this.config.queuePrefix}:login:email:${email}`;
  }

  private addressKey(address: string): string {
    return `${this.config.queuePrefix}:login:ip:${address}`;
  }
}
