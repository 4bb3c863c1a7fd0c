import { randomUUID } from 'node:crypto';
import { RecordedRequest, startRecordingServer } from './recording-server.js';

export interface SentEmail {
  to: string;
  from: string;
  subject: string;
  text: string;
  /** Our message id, from custom_args. */
  reference: string;
  providerMessageId: string;
}

/**
 * SendGrid v3 stand-in: POST /v3/mail/send answers 202 with an x-message-id, or the status queued
 * by failNext(). `accepted` holds the mails it took, as the SDK put them on the wire.
 */
export async function startSendgridStub() {
  const failures: number[] = [];
  const accepted: SentEmail[] = [];
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
      personalizations: { to: { email: string }[] }[];
      from: { email: string };
      subject: string;
      content: { type: string; value: string }[];
      custom_args?: Record<string, string>;
    };
    const providerMessageId = `sg-${randomUUID()}`;
    accepted.push({
      to: body.personalizations[0]!.to[0]!.email,
      from: body.from.email,
      subject: body.subject,
      text: body.content.find((part) => part.type === 'text/plain')?.value ?? '',
      reference: body.custom_args?.message_id ?? '',
      providerMessageId,
    });
    res.writeHead(202, { 'x-message-id': providerMessageId }).end();
  });
  return {
    ...server,
    accepted,
    /** The next calls answer these statuses, in order. */
    failNext: (...statuses: number[]) => failures.push(...statuses),
    to: (address: string) => accepted.filter((mail) => mail.to === address),
  };
}

export type SendgridStub = Awaited<ReturnType<typeof startSendgridStub>>;
