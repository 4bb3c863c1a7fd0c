import { request } from 'node:http';
import { expect } from 'vitest';
import type { TestApi } from '../../support/boot-api.js';
import { captureLogs } from '../operations/log-capture.js';

export const PROFILE = `query Profile($siren: String!) {
  company(siren: $siren) { siren name score { value grade } stats { invoicesReported } recommendations(first: 3) { totalCount } }
}`;

export type Logs = ReturnType<typeof captureLogs>;

export interface Answer {
  status: number;
  headers: Headers;
  /** The header lines as sent: names with their case, in order. */
  rawHeaders: [string, string][];
  text: string;
  body: { data?: { company: Record<string, unknown> | null }; errors?: unknown[] };
  /** Whether it came from the response cache at the front of the chain (its log line says so). */
  hit: boolean;
}

/** A POST to /graphql over node:http (which keeps header lines as sent), as a browser sends it. */
export function post(api: TestApi, body: string, headers: Record<string, string> = {}): Promise<Omit<Answer, 'body' | 'hit'>> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const rawHeaders: [string, string][] = [];
        for (let index = 0; index < response.rawHeaders.length; index += 2) rawHeaders.push([response.rawHeaders[index]!, response.rawHeaders[index + 1]!]);
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, headers: new Headers(rawHeaders), rawHeaders, text });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A GraphQL request as a visitor's browser sends it (no session cookie unless given), and whether the cache answered it. */
export async function ask(api: TestApi, logs: Logs, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const answer = await post(api, JSON.stringify({ query, variables }), headers);
  const requestId = answer.headers.get('x-request-id');
  // The closing line is written when the response finishes, by then or a moment after.
  let line = logs.lines().find((candidate) => candidate.msg === 'request completed' && candidate.requestId === requestId);
  for (let attempt = 0; !line && attempt < 100; attempt += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    line = logs.lines().find((candidate) => candidate.msg === 'request completed' && candidate.requestId === requestId);
  }
  if (!line) throw new Error(`no request log line for ${requestId}`);
  return { ...answer, body: JSON.parse(answer.text) as Answer['body'], hit: line.profileCache === 'hit' };
}

/** Every header line as sent, but those that differ per response by nature (date, request id). */
export function stableHeaders(answer: { rawHeaders: [string, string][] }): [string, string][] {
  return answer.rawHeaders.filter(([name]) => !/^(date|x-request-id)$/i.test(name));
}

/** The same answer as sent: status, bytes, and every header line but those that differ per response. */
export function expectSameAnswer(actual: Omit<Answer, 'body' | 'hit'>, expected: Omit<Answer, 'body' | 'hit'>): void {
  expect(actual.status).toBe(expected.status);
  expect(actual.text).toBe(expected.text);
  expect(stableHeaders(actual)).toEqual(stableHeaders(expected));
}

/** The cache listens for changes once its connection is up: ask until the answer comes from it. */
export async function untilCached(api: TestApi, logs: Logs, siren: string, query = PROFILE): Promise<Answer> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await ask(api, logs, query, { siren });
    if (answer.hit) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the profile was never served from the cache');
}

/** Eviction arrives by NOTIFY, a moment after the commit: ask until the answer is fresh. */
export async function untilFresh(api: TestApi, logs: Logs, siren: string, fresh: (company: Record<string, unknown>) => boolean): Promise<Answer> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await ask(api, logs, PROFILE, { siren });
    const company = answer.body.data?.company;
    if (company && fresh(company)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the profile stayed stale');
}
