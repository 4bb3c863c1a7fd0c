import { randomBytes } from 'node:crypto';
import { RecordedRequest, startRecordingServer } from './recording-server.js';

export interface SentSms {
  to: string;
  from: string;
  body: string;
  statusCallback: string;
  sid: string;
}

/** A held answer: the SMS is accepted (its sid known) but the 201 waits for release(). */
export interface HeldSms {
  arrived: Promise<SentSms>;
  release(): void;
}

/**
 * Twilio stand-in: POST /2010-04-01/Accounts/{sid}/Messages.json answers 201 JSON, or a queued failure.
 * holdNext(): the next accepted SMS is answered only on release(), so a test can act while the
 * sender waits for Twilio (a status callback arriving before the sender records SENT, say).
 */
export async function startTwilioStub() {
  const failures: number[] = [];
  const accepted: SentSms[] = [];
  const holds: { arrive(sms: SentSms): void; released: Promise<void> }[] = [];
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
    const answer = () => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ sid, status: 'queued', to: sms.to, from: sms.from, body: sms.body }));
    const hold = holds.shift();
    if (hold) {
      hold.arrive(sms);
      void hold.released.then(answer);
    } else {
      answer();
    }
  });
  return {
    ...server,
    accepted,
    failNext: (...statuses: number[]) => failures.push(...statuses),
    holdNext: (): HeldSms => {
      let arrive!: (sms: SentSms) => void;
      let release!: () => void;
      const arrived = new Promise<SentSms>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ arrive, released });
      return { arrived, release };
    },
    to: (phone: string) => accepted.filter((sms) => sms.to === phone),
  };
}

export type TwilioStub = Awaited<ReturnType<typeof startTwilioStub>>;
