/**
 * How a failed provider call ends, decided by the adapter that knows the vendor:
 * - RETRYABLE: the provider surely did not accept the message (5xx, 429, connection refused): retry;
 * - PERMANENT: refused for good (4xx: bad address, auth): FAILED, not retried;
 * - AMBIGUOUS: the request may have been accepted (timeout, connection reset mid-way): UNKNOWN,
 *   never resent blindly.
 */
export type ProviderErrorKind = 'RETRYABLE' | 'PERMANENT' | 'AMBIGUOUS';

export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

const REFUSED_BEFORE_SENDING = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Classifies an HTTP status or a network error code the same way for every vendor. */
export function classifyFailure(status: number | undefined, networkCode: string | undefined, message: string): ProviderError {
  if (status !== undefined && status > 0) {
    if (status >= 500 || status === 429) return new ProviderError('RETRYABLE', `HTTP ${status}: ${message}`, status);
    return new ProviderError('PERMANENT', `HTTP ${status}: ${message}`, status);
  }
  if (networkCode && REFUSED_BEFORE_SENDING.has(networkCode)) return new ProviderError('RETRYABLE', `${networkCode}: ${message}`);
  return new ProviderError('AMBIGUOUS', `${networkCode ?? 'ERROR'}: ${message}`);
}
