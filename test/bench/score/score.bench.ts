/**
 * Score engine benchmark: full recompute throughput, one-company incremental latency, and a raw
 * loop over the same events as the floor. Events are generated company by company from a seeded
 * PRNG, in chunks, so memory stays bounded whatever the size.
 *
 *   npx tsx test/bench/score/score.bench.ts [--companies N] [--events M] [--seed S] [--samples K]
 */
import { performance } from 'node:perf_hooks';
import {
  addDays,
  computeScore,
  computeScoreValue,
  toEpochDay,
  type ScoreEvent,
} from '../../../scoring/src/index.js';
import { prng } from '../../support/prng.js';

interface Options {
  companies: number;
  events: number;
  seed: number;
  samples: number;
  chunk: number;
}

function parseOptions(argv: readonly string[]): Options {
  const opts: Options = { companies: 1_000_000, events: 10_000_000, seed: 42, samples: 2_000, chunk: 5_000 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (key === undefined || !(key in opts) || !Number.isFinite(value) || value <= 0) {
      throw new Error(`Unknown or invalid option ${argv[i]} ${argv[i + 1]}`);
    }
    opts[key as keyof Options] = Math.floor(value);
  }
  return opts;
}


const AS_OF = '2025-06-30';
const AS_OF_DAY = toEpochDay(AS_OF);
// Dates are pre-rendered once: generation must not dominate the run.
const DAY_ISO: string[] = Array.from({ length: 1200 }, (_, i) => addDays(AS_OF, i - 1100));
const iso = (daysAgo: number): string => DAY_ISO[1100 - daysAgo] as string;

/** About `count` events of one debtor: invoices (open, then mostly paid), a few publications and recommendations. */
function companyEvents(company: number, count: number, rand: () => number): ScoreEvent[] {
  const events: ScoreEvent[] = [];
  const creditors = 1 + Math.floor(rand() * 6);
  const habit = rand() < 0.6 ? 0 : Math.floor(rand() * 60); // usual lateness of this debtor
  let n = 0;
  while (events.length < count) {
    const id = `${company}:${n++}`;
    const creditorId = `cr${Math.floor(rand() * creditors)}`;
    const r = rand();
    if (r < 0.03 && events.length + 1 <= count) {
      events.push({ id, kind: 'RECOMMENDATION', date: iso(Math.floor(rand() * 700)), creditorId, recommenderScore: rand() < 0.2 ? null : Math.floor(rand() * 100) });
      continue;
    }
    const dueAgo = Math.floor(rand() * 1000) - 60;
    const invoiceId = `inv${id}`;
    const amountCents = 5_000 + Math.floor(rand() * rand() * 5_000_000);
    const dueDate = iso(dueAgo);
    events.push({ id: `${id}o`, kind: 'INVOICE_OPEN', date: iso(Math.min(1000, dueAgo + 30)), invoiceId, creditorId, amountCents, dueDate });
    const late = habit + Math.floor(rand() * 20) - 10;
    if (events.length < count && rand() < 0.85 && dueAgo - late >= 0) {
      events.push({ id: `${id}p`, kind: 'INVOICE_PAID', date: iso(dueAgo - late), invoiceId, creditorId, amountCents, dueDate, goodReminderBefore: rand() < 0.3 });
    } else if (events.length < count && r > 0.99 && dueAgo > 60) {
      events.push({ id: `${id}b`, kind: 'PUBLICATION_APPROVED', date: iso(dueAgo - 60), publicationId: `pub${id}`, invoiceId, creditorId, amountCents });
    }
  }
  return events;
}

/** The floor: sum amount-weighted days late over the same arrays, parsing the same dates. */
function rawLoop(events: readonly ScoreEvent[]): number {
  let sum = 0;
  for (const e of events) {
    if (e.kind === 'INVOICE_PAID') {
      sum += Math.log10(1 + e.amountCents / 10_000) * (toEpochDay(e.date) - toEpochDay(e.dueDate));
    }
  }
  return sum;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function main(): void {
  const o = parseOptions(process.argv.slice(2));
  const rand = prng(o.seed);
  const average = o.events / o.companies;
  const sampleEvery = Math.max(1, Math.floor(o.companies / o.samples));
  let totalEvents = 0;
  let fullMs = 0;
  let valueMs = 0;
  let rawMs = 0;
  let checksum = 0;
  const incremental: number[] = [];

  for (let start = 0; start < o.companies; start += o.chunk) {
    const end = Math.min(o.companies, start + o.chunk);
    const chunk: ScoreEvent[][] = [];
    for (let c = start; c < end; c++) {
      // Spread the remaining events over the remaining companies, ±50 %.
      const left = (o.events - totalEvents) / (o.companies - c);
      const count = Math.max(1, Math.round(Math.min(left, average) * (0.5 + rand())));
      const events = companyEvents(c, c === o.companies - 1 ? Math.max(1, o.events - totalEvents) : count, rand);
      totalEvents += events.length;
      chunk.push(events);
    }

    let t = performance.now();
    for (const events of chunk) {
      const s = computeScore(events, AS_OF);
      checksum += s.value + s.contributions.length;
    }
    fullMs += performance.now() - t;

    t = performance.now();
    for (const events of chunk) checksum += computeScoreValue(events, AS_OF);
    valueMs += performance.now() - t;

    t = performance.now();
    for (const events of chunk) checksum += rawLoop(events) * 1e-9;
    rawMs += performance.now() - t;

    // Incremental: one event appended to one company's log, then that company recomputed.
    for (let c = start; c < end; c += sampleEvery) {
      const events = chunk[c - start] as ScoreEvent[];
      const appended: ScoreEvent = {
        id: `${c}:append`, kind: 'INVOICE_PAID', date: AS_OF, invoiceId: `inv-append-${c}`,
        creditorId: 'cr0', amountCents: 120_000, dueDate: iso(12), goodReminderBefore: false,
      };
      const t0 = performance.now();
      events.push(appended);
      checksum += computeScore(events, AS_OF).value;
      incremental.push(performance.now() - t0);
    }
  }

  const eventsPerSec = totalEvents / (fullMs / 1000);
  const valuePerSec = totalEvents / (valueMs / 1000);
  const rawPerSec = totalEvents / (rawMs / 1000);
  incremental.sort((a, b) => a - b);
  const p50 = percentile(incremental, 0.5);
  const p99 = percentile(incremental, 0.99);
  const ratio = eventsPerSec / rawPerSec;

  console.log(`companies ${fmt(o.companies)}, events ${fmt(totalEvents)} (avg ${(totalEvents / o.companies).toFixed(1)}/company), seed ${o.seed}, asOf ${AS_OF} (day ${AS_OF_DAY})`);
  console.log(`full recompute  computeScore      ${fmt(eventsPerSec)} events/s  (${fmt(o.companies / (fullMs / 1000))} companies/s, ${(fullMs / 1000).toFixed(2)} s)`);
  console.log(`value only      computeScoreValue ${fmt(valuePerSec)} events/s  (${(valueMs / 1000).toFixed(2)} s)`);
  console.log(`raw loop floor  Σ log-amount × days late ${fmt(rawPerSec)} events/s  (${(rawMs / 1000).toFixed(2)} s)`);
  console.log(`incremental     append 1 event + computeScore of that company: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms (n=${incremental.length})`);
  console.log(`checksum ${checksum.toFixed(3)}`);
  console.log(`score: ${fmt(eventsPerSec).replace(/,/g, '')} events/s (ratio ${ratio.toFixed(2)} of raw loop), incremental p99 ${p99.toFixed(3)} ms`);
}

main();
