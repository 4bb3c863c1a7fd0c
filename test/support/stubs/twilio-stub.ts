import { randomBytes } from 'node:crypto';
import { RecordedRequest, startRecordingServer } from './recording-server.js';

export interface SentSms {
  to: string;
  from: string;
  body: string;
  statusCallback: string;
  sid: string;
}

/** Twilio stand-in: POST /2010-04-01/Accounts/{sid}/Messages.json answers 201 JSON, or a queued failure. */
export async function startTwilioStub() {
  const failures: number[] = [];
  const accepted: SentSms[] = [];
  const server = await startRecordingServer((request: RecordedRequest, res) => {
    if (request.method !== 'POST' || !/^\/2010-04-01\/Accounts\/[^/]+\/Messages\.json$/.test(request.path)) {
      res.writeHead(404).end();
      return;
    }
    const failure = failures.shift();
    if (failure) {
      res.writeHead(failure, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 20500, message: 'stub failure', status: failure }));
      return;
    }
    const form = new URLSearchParams(request.body);
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const sms = { to: form.get('To') ?? '', from: form.get('From') ?? '', body: form.get('Body') ?? '', statusCallback: form.get('StatusCallback') ?? '', sid };
    accepted.push(sms);
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ sid, status: 'queued', to: sms.to, from: sms.from, body: sms.body }));
  });
  return {
    ...server,
    accepted,
    failNext: (...statuses: number[]) => failures.push(...statuses),
    to: (phone: string) => accepted.filter((sms) => sms.to === phone),
  };
}

export type TwilioStub = Awaited<ReturnType<typeof startTwilioStub>>;
