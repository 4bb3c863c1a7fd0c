import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { TEST_PASSWORD } from '../../support/factories/accounts.js';
import { advanceTo, APPLY_SCENARIO, creditorWithInvoice, Pipeline, startPipeline } from '../reminders/support.js';
import { captureLogs } from './log-capture.js';

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`;

/**
 * The logs of a real sign-up, log-in, failed log-in and SMS send (API and worker in-process, Twilio
 * SDK against the stub), read back line by line.
 */
describe('structured logs', () => {
  const clock = new FixedClock(new Date('2026-02-20T10:00:00Z'));
  const logs = captureLogs();
  let pipeline: Pipeline;
  const secrets: string[] = [];
  let creditorEmail = '';
  let debtorEmail = '';
  let phone = '';

  beforeAll(async () => {
    pipeline = await startPipeline(clock, { LOG_LEVEL: 'info' }, logs);
    const { creditor, invoice, email, phone: debtorPhone } = await creditorWithInvoice(pipeline.api);
    creditorEmail = creditor.email;
    debtorEmail = email!;
    phone = debtorPhone!;
    secrets.push(creditor.client.cookie('bp_session')!);

    const again = pipeline.api.client();
    await again.ok(LOG_IN, { input: { email: creditor.email, password: TEST_PASSWORD } });
    secrets.push(again.cookie('bp_session')!);
    await pipeline.api.client().error(LOG_IN, { input: { email: creditor.email, password: 'not-the-password-at-all' } });

    await creditor.client.ok(APPLY_SCENARIO, { input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' } });
    await advanceTo(pipeline, '2026-03-03T08:00:00Z');
    expect(pipeline.twilio.to(phone)).toHaveLength(1);
  });
  afterAll(() => pipeline?.close());

  it('writes every line as JSON with a level and a role', () => {
    const lines = logs.lines();
    expect(lines.length).toBeGreaterThan(5);
    // (In-process, API and worker share one root logger, so every line here says 'api' or 'worker'.)
    for (const line of lines) {
      expect(typeof line.level).toBe('string');
      expect(['api', 'worker']).toContain(line.role);
    }
  });

  it('logs one line per request, and the lines a request causes carry its request id', () => {
    const lines = logs.lines();
    const signUp = lines.find((line) => line.msg === 'request completed' && line.operation === 'mutation signUp');
    expect(signUp).toMatchObject({ level: 'info', req: { method: 'POST', path: '/graphql' }, statusCode: 200 });
    expect(signUp!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const caused = lines.filter((line) => line.requestId === signUp!.requestId);
    expect(caused.map((line) => line.msg)).toEqual(['user signed up', 'request completed']);
    expect(caused[0]).toMatchObject({ context: 'AuthService', companySiren: expect.stringMatching(/^\d{9}$/) });

    const refused = lines.find((line) => line.msg === 'log-in refused');
    const refusedRequest = lines.find((line) => line.msg === 'request completed' && line.requestId === refused?.requestId);
    expect(refusedRequest).toMatchObject({ operation: 'mutation logIn', errorCodes: ['UNAUTHENTICATED'] });
    // Every request gets its own id.
    const ids = lines.filter((line) => line.msg === 'request completed').map((line) => line.requestId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('logs one line per job, and the lines a job causes carry its job id', () => {
    const lines = logs.lines();
    const smsJob = lines.find((line) => line.msg === 'job completed' && line.queue === 'reminder-sms');
    expect(smsJob).toMatchObject({ job: 'send-reminder', attempt: 1, durationMs: expect.any(Number) });
    const accepted = lines.find((line) => typeof line.msg === 'string' && line.msg.startsWith('SMS SM'));
    expect(accepted?.jobId).toBe(smsJob!.jobId);
    expect(accepted?.requestId).toBeUndefined();
  });

  it('never writes passwords, session tokens, full phone numbers or e-mail local parts', () => {
    const text = logs.text();
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('not-the-password-at-all');
    for (const token of secrets) expect(text).not.toContain(token);
    const nationalDigits = phone.replace(/\D/g, '').slice(1); // 06… → 6…, as inside +336…
    expect(text).not.toContain(nationalDigits);
    expect(text).not.toContain(phone);
    for (const email of [creditorEmail, debtorEmail]) {
      expect(text).not.toContain(email.split('@')[0]!);
    }
    // The SMS line still says where it went, masked.
    expect(text).toMatch(/accepted by Twilio for \+33\*+\d{2}/);
  });
});
