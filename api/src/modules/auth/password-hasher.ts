import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id hashes. Verifying against a throwaway hash keeps unknown e-mails as slow as known ones. */
@Injectable()
export class PasswordHasher {
  private decoyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      this.decoyHash ??= this.hash('decoy-password-for-timing');
      await argon2.verify(await this.decoyHash, password);
      return false;
    }
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
