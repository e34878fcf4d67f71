/**
 * `npm run bench` (second part): the ledger and its HTTP API under load, on SQLite and on PostgreSQL.
 *
 * A fresh ledger is filled with about 12,500 commitments the way a user fills one (bench-ledger-fill.ts: synthetic
 * county reports imported, then units, assignments, reviews and progress through the ledger's own functions).
 * The real Fastify app then listens on 127.0.0.1 (an ephemeral port) in a child process, a fresh one per
 * scenario (a saturating run leaves a queue behind that would slow the next), and this process drives it over
 * loopback, logged in as a supervisor whose client accepts gzip as browsers do: a baseline read measured in the same
 * run as the others (auth/me: the session looked up, a small answer; the machine's share at that moment), the first
 * page of the list, a filtered list (kind, deadline, text); the computed reads, where no request is made twice so the read cache
 * cannot help — a new page each time (offset, kind and sort drawn at random), a new search each time (two to five
 * characters of an item's text), varied status filters (one to three statuses, with kind, sort and offset) —
 * judged against ≥ 1,000 req/s with p99 < 100 ms at 100 connections; one commitment in full (drawn from all); then
 * progress writes as a unit editor (with the CSRF header). Each read is run three ways: 100 connections in a
 * closed loop with autocannon (each sends its next request when the last is answered: throughput, and the
 * latency of a saturated server), 100 users at 1 request/s each at staggered moments (open loop, latency from
 * when each request was due), and one connection (the time of one request, without queueing); the first page
 * also while a unit editor writes 10 progress reports a second (each write makes every kept answer stale).
 * Figures are requests per second and p50/p99 latency; requests given up on (10 s) or not 2xx count as failed.
 * Before the runs the statuses are kept for today, as a running server keeps them, and on PostgreSQL the rows those
 * writes left dead are vacuumed (VACUUM ANALYZE), as autovacuum would: a test server often runs without it.
 * PostgreSQL gets a fresh schema, dropped afterwards, and is skipped with a message when none answers.
 * LUOSHI_BENCH_SECONDS sets the length of a run (default 10), LUOSHI_BENCH_ONLY (a regular expression) the
 * scenarios run. Figures are rates: machines are noisy.

 */
import { Agent, request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import type { Analysis } from '../src/analyze.js';
import { closeLedger, dropPostgresSchema, openLedger, postgresUnreachable, type OpenOptions } from '../src/ledger/index.js';
import { dayIn } from '../src/calendar/index.js';
import { hashPassword } from '../src/app/passwords.js';
import { keepStatusesUpTo } from '../src/app/kept-status.js';
import { fill, int, pick, prng, PASSWORD, syntheticAnalyses, TARGET_ITEMS, type Filled } from './bench-ledger-fill.js';
import { login as loginWith, startServer, stopServer } from './bench-server.js';

const login = (base: string, username: string) => loginWith(base, username, PASSWORD);

const SECONDS = Number(process.env.LUOSHI_BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;
const P99_TARGET_MS = 20;
/** Answers computed afresh (searches, status filters, pages never asked for before), at 100 connections, on both databases. */
const COMPUTED_RPS_TARGET = 1000;
const COMPUTED_P99_TARGET_MS = 100;
/** Runs only the scenarios whose name matches (a regular expression), e.g. LUOSHI_BENCH_ONLY='search|status'. */
const ONLY = process.env.LUOSHI_BENCH_ONLY ? new RegExp(process.env.LUOSHI_BENCH_ONLY) : undefined;
/** Progress writes per second beside the first-page reads in the mixed run. */
const MIXED_WRITES = 10;
const POSTGRES_URL =
  process.env.LUOSHI_BENCH_DATABASE_URL ?? process.env.LUOSHI_TEST_DATABASE_URL ?? process.env.LUOSHI_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// ── Driving the API ──────────────────────────────────────────────────────────────────────────────────────────

interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The next request's path (and body, for writes). */
  next(): { path: string; body?: string };
  /** Never asks the same thing twice: every answer is computed afresh (judged against the computed-read target). */
  computed?: boolean;
  /** The floor the others are read against (session lookup and a small answer), not judged itself. */
  baseline?: boolean;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  bad: number;
}

/** `connections` clients for `seconds`, each sending its next request as soon as the last is answered (closed loop). */
async function drive(base: string, s: Scenario, connections: number, seconds: number): Promise<Figures> {
  const first = s.next();
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: s.method ?? 'GET',
        path: first.path,
        headers: { ...s.headers, ...(first.body ? { 'content-type': 'application/json' } : {}) },
        ...(first.body ? { body: first.body } : {}),
        setupRequest: (req) => {
          const { path, body } = s.next();
          return { ...req, path, ...(body ? { body } : {}) };
        },
      },
    ],
  });
  return {
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Open loop: `rate` requests a second for `seconds`, one every 1/rate s — `connections` users each asking once
 * every connections/rate s at staggered moments (autocannon's own rate limit fires all its connections in the
 * same instant each second) — over keep-alive connections. Each latency counts from when the request was due,
 * so a slow answer is not hidden by the requests it delayed (no coordinated omission).
 */
async function paced(base: string, s: Scenario, rate: number, seconds: number, connections: number): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(base);
  const latencies: number[] = [];
  let bad = 0;
  const one = (due: number) =>
    new Promise<void>((resolve) => {
      const { path, body } = s.next();
      const request = httpRequest(
        { agent, host: url.hostname, port: url.port, path, method: s.method ?? 'GET', headers: { ...s.headers, ...(body ? { 'content-type': 'application/json' } : {}) }, timeout: 10_000 },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode! >= 300) bad++;
            else latencies.push(performance.now() - due);
            resolve();
          });
        },
      );
      request.on('error', () => void (bad++, resolve()));
      request.on('timeout', () => request.destroy());
      request.end(body);
    });
  const t0 = performance.now() + 50;
  const count = Math.round(rate * seconds);
  const runs: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = t0 + (i * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    runs.push(one(due));
  }
  await Promise.all(runs);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), total: latencies.length, bad };
}

interface Row {
  db: string;
  scenario: string;
  /** 100 connections, each sending its next request as soon as the last is answered (closed loop). */
  loaded: Figures;
  /** 100 users at 1 request/s each, at staggered moments (100 req/s offered; latency from when each was due). */
  paced?: Figures;
  /** One connection: the time of one request without queueing. */
  single?: Figures;
  /** Instead of the paced and single figures (the mixed run: what the writer got done). */
  note?: string;
  computed?: boolean;
  baseline?: boolean;
}

const KIND_FILTERS = ['', '&kind=target', '&kind=milestone', '&kind=task', '&kind=achievement'];
const SORTS = ['', '&sort=deadline', '&sort=updated&order=desc'];
const STATUSES = ['on_track', 'at_risk', 'behind', 'done', 'overdue', 'missed', 'no_data', 'not_tracked'];

/** Paths from `draw`, never the same one twice (a path already asked for is drawn again). */
function never(draw: () => string): () => { path: string } {
  const seen = new Set<string>();
  return () => {
    let path = draw();
    for (let tries = 0; seen.has(path) && tries < 10_000; tries++) path = draw();
    seen.add(path);
    return { path };
  };
}

/** What a user searches for: two to five characters from an item's text (most match a few items, some many). */
function searchText(r: () => number, texts: readonly string[]): string {
  const chars = [...pick(r, texts)];
  const length = Math.min(chars.length, int(r, 2, 5));
  const from = int(r, 0, chars.length - length);
  return chars.slice(from, from + length).join('');
}

async function benchDatabase(db: string, options: OpenOptions, analyses: Analysis[], hash: string): Promise<Row[]> {
  const ledger = await openLedger(options);
  let filled: Filled;
  try {
    filled = await fill(ledger, analyses, hash);
    // as a running server keeps them: the statuses kept for today, then (PostgreSQL) the dead rows those writes
    // left vacuumed, as autovacuum would (test servers often run without it)
    await keepStatusesUpTo(ledger, dayIn('Asia/Shanghai')(new Date()));
    if (ledger.dialect === 'postgres') await sql`vacuum analyze commitments, assignments`.execute(ledger.db);
  } finally {
    await closeLedger(ledger);
  }
  console.log(
    `${db}: ${filled.items} commitments from ${analyses.length} reports imported in ${(filled.ms.import / 1000).toFixed(1)} s ` +
      `(${Math.round(filled.items / (filled.ms.import / 1000))} items/s); ${filled.assigned} assigned, ${filled.progress} progress reports, ` +
      `units/users/reviews/progress in ${(filled.ms.rest / 1000).toFixed(1)} s`,
  );
  const r = prng(11);
  let k = 0;
  // sessions are rows of the ledger, so the cookies outlive the server processes
  let sup: { cookie: string; csrf: string } | undefined;
  let editor: { cookie: string; csrf: string } | undefined;
  const scenarios: (Scenario & { write?: boolean })[] = [
    // the floor under every read, measured in the same run: the session looked up, a small answer serialised
    { name: 'baseline: who am I (auth/me)', baseline: true, headers: {}, next: () => ({ path: '/api/auth/me' }) },
    { name: 'list, first page (limit=50)', headers: {}, next: () => ({ path: '/api/commitments?limit=50' }) },
    {
      name: 'list, filtered (kind, deadlineTo, q)',
      headers: {},
      next: () => ({ path: `/api/commitments?kind=target&deadlineTo=2025-12-31&q=${encodeURIComponent('改造')}&limit=50` }),
    },
    // computed reads: nothing asked twice, so every answer is computed afresh (what the read cache cannot help)
    {
      name: 'list, a new page each time',
      computed: true,
      headers: {},
      next: never(() => {
        const kind = pick(r, KIND_FILTERS);
        const sort = pick(r, SORTS);
        return `/api/commitments?limit=50&offset=${int(r, 0, 9999)}${kind}${sort}`;
      }),
    },
    {
      name: 'search, a new text each time (q)',
      computed: true,
      headers: {},
      next: never(() => `/api/commitments?limit=50&q=${encodeURIComponent(searchText(r, filled.texts))}${pick(r, SORTS)}`),
    },
    {
      name: 'status filter, varied',
      computed: true,
      headers: {},
      next: never(() => {
        const statuses = [...new Set(Array.from({ length: int(r, 1, 3) }, () => pick(r, STATUSES)))];
        return `/api/commitments?limit=50&offset=${50 * int(r, 0, 20)}${statuses.map((s) => `&status=${s}`).join('')}${pick(r, KIND_FILTERS)}${pick(r, SORTS)}`;
      }),
    },
    { name: 'one commitment in full', headers: {}, next: () => ({ path: `/api/commitments/${pick(r, filled.ids)}` }) },
    {
      name: 'progress write (unit editor, CSRF)',
      write: true,
      method: 'POST',
      headers: {},
      next: () => ({
        path: `/api/commitments/${filled.editorItems[k++ % filled.editorItems.length]}/progress`,
        body: JSON.stringify({ reportedOn: '2025-06-30', state: 'in_progress', value: k % 100, note: `第${k}次调度：按计划推进` }),
      }),
    },
  ];
  const rows: Row[] = [];
  for (const s of scenarios.filter((x) => !ONLY || ONLY.test(x.name))) {
    // a server of its own per scenario: a saturating run leaves a queue behind that would slow the next one
    const { child, base } = await startServer(options);
    try {
      sup ??= await login(base, 'supervisor');
      editor ??= await login(base, 'editor');
      // reads accept gzip, as browsers do
      for (const x of scenarios) x.headers = x.write ? { cookie: editor.cookie, 'x-csrf-token': editor.csrf } : { cookie: sup.cookie, 'accept-encoding': 'gzip, deflate, br' };
      // check that the scenario answers as it should, and warm up (JIT) with requests one at a time
      for (let i = 0; i < 20; i++) {
        const { path, body } = s.next();
        const res = await fetch(base + path, {
          method: s.method ?? 'GET',
          headers: { ...s.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body } : {}),
        });
        const text = await res.text();
        if (res.status !== (s.write ? 201 : 200)) throw new Error(`${db} ${s.name}: ${res.status} ${text}`);
      }
      if (s.write) {
        rows.push({ db, scenario: s.name, loaded: await drive(base, s, CONNECTIONS, SECONDS) });
        continue;
      }
      const single = await drive(base, s, 1, 2);
      const open = await paced(base, s, CONNECTIONS, Math.min(SECONDS, 5), CONNECTIONS);
      const loaded = await drive(base, s, CONNECTIONS, SECONDS);
      rows.push({ db, scenario: s.name, loaded, paced: open, single, computed: s.computed, baseline: s.baseline });
      if (s.name.startsWith('list, first page')) {
        // reads while a unit editor writes: every write invalidates whatever a reader may have cached
        const [reads, writes] = await Promise.all([
          drive(base, s, CONNECTIONS, Math.ceil(SECONDS / 2)),
          paced(base, scenarios[scenarios.length - 1], MIXED_WRITES, Math.ceil(SECONDS / 2), 1),
        ]);
        rows.push({ db, scenario: `  … beside ${MIXED_WRITES} writes/s offered`, loaded: reads, note: `${writes.total} writes done${writes.bad ? `, ${writes.bad} failed` : ''}` });
      }
    } finally {
      await stopServer(child);
    }
  }
  return rows;
}

async function main(): Promise<void> {
  console.log(
    `ledger/API: ${TARGET_ITEMS} commitments, ${CONNECTIONS} connections, ${SECONDS} s per scenario, loopback ` +
      `(server in a child process, the clients in this one; ${availableParallelism()} CPUs)`,
  );
  const [{ analyses, items, ms }, hash] = await Promise.all([Promise.resolve(syntheticAnalyses()), hashPassword(PASSWORD)]);
  console.log(`  ${analyses.length} synthetic county reports, ${items} items, analysed in ${(ms / 1000).toFixed(1)} s`);
  const rows: Row[] = [];

  const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-ledger-'));
  try {
    rows.push(...(await benchDatabase('sqlite', { file: join(dir, 'ledger.db') }, analyses, hash)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const unreachable = await postgresUnreachable(POSTGRES_URL);
  if (unreachable) console.log(`postgres: skipped (PostgreSQL not reachable at ${POSTGRES_URL}: ${unreachable}; set LUOSHI_BENCH_DATABASE_URL)`);
  else {
    const schema = `bench_${randomBytes(6).toString('hex')}`;
    try {
      rows.push(...(await benchDatabase('postgres', { url: POSTGRES_URL, schema }, analyses, hash)));
    } finally {
      await dropPostgresSchema(POSTGRES_URL, schema);
    }
  }

  const ms1 = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
  const cell = (f: Figures | undefined, rps = true): string =>
    f && f.total === 0 ? `${rps ? '     0 ' : ''}${'none answered in time'.padStart(17)}${f.bad ? ` (+${f.bad} failed)` : ''}` : f ? `${rps ? `${f.rps.toFixed(0).padStart(6)} ` : ''}${ms1(f.p50).padStart(8)}${ms1(f.p99).padStart(9)}${f.bad ? ` (+${f.bad} failed)` : ''}` : '';
  console.log(`\n${''.padEnd(9)}${''.padEnd(38)}${'100 connections, closed loop'.padEnd(30)}${'100 users × 1 req/s'.padEnd(19)}1 connection`);
  console.log(`${'db'.padEnd(9)}${'scenario'.padEnd(38)}${' req/s      p50      p99'.padEnd(30)}${'     p50      p99'.padEnd(19)}     p50      p99`);
  for (const { db, scenario, loaded, paced, single, note } of rows) {
    console.log(`${db.padEnd(9)}${scenario.padEnd(38)}${cell(loaded).padEnd(30)}${note ?? `${cell(paced, false).padEnd(19)}${cell(single, false)}`}`);
  }
  for (const { db, scenario, loaded } of rows.filter((r) => r.scenario.startsWith('progress'))) console.log(`${db}: ${scenario}: ${loaded.rps.toFixed(0)} writes/s`);
  // the read scenarios by themselves (the mixed run is reported, not judged)
  const sqliteReads = rows.filter((r) => r.db === 'sqlite' && r.single && !r.baseline);
  const worst = (rows: Row[], f: (r: Row) => Figures | undefined) => Math.max(...rows.map((r) => f(r)!.p99));
  const lists = sqliteReads.filter((r) => r.scenario.startsWith('list, first') || r.scenario.startsWith('list, filtered'));
  const others = sqliteReads.filter((r) => !lists.includes(r));
  const verdict = (p99: number) => `${p99 < P99_TARGET_MS ? 'met' : 'MISSED'} (worst p99 ${ms1(p99)})`;
  if (lists.length && others.length) {
    console.log(
      `SQLite read p99 target (< ${P99_TARGET_MS} ms): list and filter at ${CONNECTIONS} connections in a closed loop ${verdict(worst(lists, (r) => r.loaded))}; ` +
        `every read at ${CONNECTIONS} users × 1 request/s ${verdict(worst(sqliteReads, (r) => r.paced))}. ` +
        `Saturated by answers computed afresh (${others.map((r) => r.scenario).join('; ')}): worst p99 ${ms1(worst(others, (r) => r.loaded))} ` +
        `(a closed loop of ${CONNECTIONS} needs ≥ ${(CONNECTIONS / (P99_TARGET_MS / 1000)).toFixed(0)} req/s for it, by Little's law)`,
    );
  }
  // computed reads (never the same answer twice) at 100 connections, on each database
  for (const db of [...new Set(rows.map((r) => r.db))]) {
    const computed = rows.filter((r) => r.db === db && r.computed);
    if (!computed.length) continue;
    const slowest = computed.reduce((a, b) => (b.loaded.rps < a.loaded.rps ? b : a));
    const met = computed.every((r) => r.loaded.rps >= COMPUTED_RPS_TARGET && r.loaded.p99 < COMPUTED_P99_TARGET_MS && !r.loaded.bad);
    const baseline = rows.find((r) => r.db === db && r.baseline);
    console.log(
      `${db}: computed reads at ${CONNECTIONS} connections (target ≥ ${COMPUTED_RPS_TARGET} req/s, p99 < ${COMPUTED_P99_TARGET_MS} ms, each): ` +
        `${met ? 'met' : 'MISSED'} (slowest ${slowest.scenario}: ${slowest.loaded.rps.toFixed(0)} req/s; worst p99 ${ms1(worst(computed, (r) => r.loaded))})` +
        (baseline ? `; the baseline in the same run: ${baseline.loaded.rps.toFixed(0)} req/s, p99 ${ms1(baseline.loaded.p99)}` : ''),
    );
  }
}

await main();
