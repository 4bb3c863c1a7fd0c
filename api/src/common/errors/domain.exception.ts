import { PublicErrorCode } from './public-error-code.js';

/**
 * Base of every feature exception: an expected outcome a user can cause.
 * `reason` is the feature's own UPPER_SNAKE code; `publicCode` is what GraphQL clients see in
 * `extensions.code`; the message is French and meant for people.
 */
export abstract class DomainException extends Error {
  protected constructor(
    readonly publicCode: PublicErrorCode,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
