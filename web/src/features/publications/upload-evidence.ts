import { ApiError, type ApiErrorCode } from '../../lib/api-error';

const CODES: readonly string[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'];

/**
 * Sends the invoice PDF to POST /publications/evidence (multipart: GraphQL has no upload here) and
 * returns its id for requestPublication. Failures become ApiErrors like GraphQL ones: the endpoint
 * answers { code, reason, message } in French.
 */
export async function uploadEvidence(file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch('/publications/evidence', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    throw new ApiError('NETWORK_ERROR', '');
  }
  const answer = (await response.json().catch(() => null)) as { id?: string; code?: string; reason?: string; message?: string } | null;
  if (response.ok && answer?.id) return answer.id;
  const code = answer?.code && CODES.includes(answer.code) ? (answer.code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
  throw new ApiError(code, answer?.message ?? '', answer?.reason);
}
