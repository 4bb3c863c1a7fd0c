import { randomUUID } from 'node:crypto';
import { RecordedRequest, startRecordingServer } from './recording-server.js';

export interface SentEmail {
  to: string;
  from: string;
  subject: string;
  text: string;
  /** Our message id, from custom_args (the personalization's, else the request's). */
  reference: string;
  providerMessageId: string;
  /** Which accepted request carried it (0, 1, …): emails of one batch share it. */
  request: number;
}

interface Personalization {
  to: { email: string }[];
  subject?: string;
  substitutions?: Record<string, string>;
  custom_args?: Record<string, string>;
}

/** Substitution tags replaced as SendGrid does (every occurrence, in the content and the subject). */
function substitute(text: string, substitutions: Record<string, string> | undefined): string {
  let result = text;
  for (const [tag, value] of Object.entries(substitutions ?? {})) result = result.split(tag).join(value);
  return result;
}

/** The 400s SendGrid answers for a request it will not take (Mail Send errors page); null when valid. */
function refusal(personalizations: Personalization[]): string | null {
  if (personalizations.length === 0) return 'You must have at least one personalization.';
  if (personalizations.length > 1000) return `The personalization block is limited to 1000 personalizations per API request. You have provided ${personalizations.length} personalizations.`;
  const addresses = personalizations.flatMap((p) => p.to.map((to) => to.email.toLowerCase()));
  if (addresses.length > 1000) return 'There is a limit of 1000 total recipients (to + cc + bcc) per request.';
  if (new Set(addresses).size !== addresses.length) return 'Each unique email address in the personalizations array should only be included once.';
  return null;
}

/**
 * SendGrid v3 stand-in: POST /v3/mail/send answers 202 with an x-message-id, or the status queued
 * by failNext(), or 400 for a request SendGrid refuses (too many personalizations, an address twice).
 * `accepted` holds one mail per personalization it took (recipient, subject, text after the
 * substitutions, custom_args), from the moment the request arrived (as a real provider has a mail it
 * has read, answered or not); `acceptedRequests` counts the requests.
 * `latencyMs`: answers that much later, so the fault tests find sends in flight.
 */
export async function startSendgridStub(options: { latencyMs?: number } = {}) {
  const failures: number[] = [];
  const accepted: SentEmail[] = [];
  let acceptedRequests = 0;
  let inFlight = 0;
  const server = await startRecordingServer((request: RecordedRequest, res) => {
    if (request.method !== 'POST' || request.path !== '/v3/mail/send') {
      res.writeHead(404).end();
      return;
    }
    const failure = failures.shift();
    if (failure) {
      res.writeHead(failure, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'stub failure' }] }));
      return;
    }
    const body = JSON.parse(request.body) as {
      personalizations: Personalization[];
      from: { email: string };
      subject?: string;
      content: { type: string; value: string }[];
      custom_args?: Record<string, string>;
    };
    const invalid = refusal(body.personalizations);
    if (invalid) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: invalid, field: 'personalizations' }] }));
      return;
    }
    const providerMessageId = `sg-${randomUUID()}`;
    const text = body.content.find((part) => part.type === 'text/plain')?.value ?? '';
    const requestNumber = acceptedRequests;
    acceptedRequests += 1;
    for (const personalization of body.personalizations) {
      accepted.push({
        to: personalization.to[0]!.email,
        from: body.from.email,
        subject: substitute(personalization.subject ?? body.subject ?? '', personalization.substitutions),
        text: substitute(text, personalization.substitutions),
        reference: personalization.custom_args?.message_id ?? body.custom_args?.message_id ?? '',
        providerMessageId,
        request: requestNumber,
      });
    }
    inFlight += 1;
    const answer = () => {
      inFlight -= 1;
      res.writeHead(202, { 'x-message-id': providerMessageId }).end();
    };
    if (options.latencyMs) setTimeout(answer, options.latencyMs);
    else answer();
  });
  return {
    ...server,
    accepted,
    /** Requests answered 202 or about to be (each may carry many mails). */
    acceptedRequests: () => acceptedRequests,
    /** Requests read and not answered yet (with latencyMs): their mails are in `accepted` already. */
    inFlight: () => inFlight,
    /** The next calls answer these statuses, in order. */
    failNext: (...statuses: number[]) => failures.push(...statuses),
    to: (address: string) => accepted.filter((mail) => mail.to === address),
  };
}

export type SendgridStub = Awaited<ReturnType<typeof startSendgridStub>>;
