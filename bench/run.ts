/**
 * The full benchmark: `npm run bench` (MariaDB at DATABASE_URL, default
 * mysql://root@127.0.0.1:3306/vp_bench) or `npm run bench -- --sqlite`.
 *
 * Builds and starts the app as its own process, seeds a large community (20 grids, 2,000
 * volunteers, 20,000 residents, 1,000,000 ledger entries), measures the hot endpoints at 16 and
 * 64 connections — redemptions on one popular item and spread over ten, and ratings that award
 * points — and after each, the same load on bench/baseline/server.ts: the least work a correct
 * hand-written Fastify + mysql2 server does for it (not a copy of the app's SQL). Prints app ÷
 * baseline and writes bench/results/latest.json. BENCH_SECONDS (default 10) sets each
 * measurement's length and BENCH_ENTRIES (default 1,000,000) the ledger size, for quick trials.
 * `npm run bench -- --cluster`: see bench/cluster.ts.
 */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyLedger } from 'src/points/verify-ledger';
import { SQLITE } from './lib/database';
import { startBenchApp } from './lib/bench-app';
import { measureRequests, type LoadResult, type NextRequest } from './lib/load';
import { seedWorld, type World } from './lib/seed-world';
import { startBaseline, type Baseline } from './baseline/start';
import { cpuPerRequest, databaseServerPid } from './lib/cpu';
import { benchCluster } from './cluster';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP = 3;
const CONNECTIONS = [16, 64];
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const TARGETS = { balanceRps: 1.2, balanceP99: 1, writeRps: 1.0, peakRssMb: 300 };
const POPULAR = 'POST /store/redemptions (one item)';
const TEN_ITEMS = 'POST /store/redemptions (ten items)';
const FEEDBACK = 'POST /wishes/:id/feedback';
const BALANCE = 'GET /me/points';

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Scenario {
  name: string;
  next: () => NextRequest;
}

/** The app's and the baseline's ratings take alternate wishes of the pool, never the same. */
const feedbackHalf = (world: World, half: 0 | 1) => {
  const mine = world.feedback.filter((_, i) => i % 2 === half);
  let at = 0;
  return () => mine[at++ % mine.length];
};

function scenarios(world: World): Scenario[] {
  const nextFeedback = feedbackHalf(world, 0);
  const redeem = (itemId: () => string) => (): NextRequest => ({
    method: 'POST',
    path: '/api/v1/store/redemptions',
    headers: bearer(pick(world.volunteers).token),
    body: { itemId: itemId(), quantity: 1 },
  });
  return [
    {
      name: BALANCE,
      next: () => ({
        method: 'GET',
        path: '/api/v1/me/points',
        headers: bearer(pick(world.volunteers).token),
      }),
    },
    {
      name: 'GET /me/points/entries',
      next: () => ({
        method: 'GET',
        path: '/api/v1/me/points/entries',
        headers: bearer(pick(world.volunteers).token),
      }),
    },
    {
      name: 'GET /wishes?status=open',
      next: () => ({
        method: 'GET',
        path: '/api/v1/wishes?status=open',
        headers: bearer(pick(world.volunteers).token),
      }),
    },
    { name: POPULAR, next: redeem(() => world.itemIds[0]) },
    { name: TEN_ITEMS, next: redeem(() => pick(world.itemIds)) },
    {
      name: FEEDBACK,
      next: () => {
        // Each wish is rated once; the pool is sized so the run never wraps around.
        const { wishId, token } = nextFeedback();
        return {
          method: 'POST',
          path: `/api/v1/wishes/${wishId}/feedback`,
          headers: bearer(token),
          body: { rating: 5, comment: '很好' },
        };
      },
    },
  ];
}

/** The same loads on the minimal hand-written server (bench/baseline/server.ts). */
function baselineScenarios(world: World): Scenario[] {
  const nextFeedback = feedbackHalf(world, 1);
  const redeem = (itemId: () => string) => (): NextRequest => ({
    method: 'POST',
    path: '/redemptions',
    headers: bearer(pick(world.volunteers).token),
    body: { itemId: itemId(), quantity: 1 },
  });
  return [
    {
      name: BALANCE,
      next: () => ({
        method: 'GET',
        path: '/balance',
        headers: bearer(pick(world.volunteers).token),
      }),
    },
    { name: POPULAR, next: redeem(() => world.itemIds[0]) },
    { name: TEN_ITEMS, next: redeem(() => pick(world.itemIds)) },
    {
      name: FEEDBACK,
      next: () => {
        const { wishId, token } = nextFeedback();
        return {
          method: 'POST',
          path: `/wishes/${wishId}/feedback`,
          headers: bearer(token),
          body: { rating: 5 },
        };
      },
    },
  ];
}

/** Peak resident set size of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** A run's figures and the CPU per request its server and the database server spent. */
type Measured = LoadResult & { cpuMs: { server: number | null; database: number | null } };

interface Target {
  label: string;
  url: string;
  scenarios: Scenario[];
  results: Measured[];
  /** The measured process, whose memory is printed after each of its runs. */
  pid?: number;
}

/** Resident set size now and at its peak (VmRSS, VmHWM), in MB. */
function rssMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key: string) =>
    Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  return { now: mb('VmRSS'), peak: mb('VmHWM') };
}

/**
 * Every scenario at every connection count, the app's run followed at once by the baseline's
 * run of the same scenario, so both see the same machine state (caches, background flushing).
 */
async function run(targets: Target[]): Promise<void> {
  for (const connections of CONNECTIONS) {
    for (const name of targets[0].scenarios.map((s) => s.name)) {
      for (const target of targets) {
        const s = target.scenarios.find((x) => x.name === name);
        if (!s) continue;
        await measureRequests('warm-up', target.url, s.next, {
          connections,
          durationSeconds: WARM_UP,
        });
        const { result: r, msPerRequest } = await cpuPerRequest(
          { server: target.pid ?? null, database: databaseServerPid() },
          DURATION,
          () =>
            measureRequests(s.name, target.url, s.next, { connections, durationSeconds: DURATION }),
        );
        const cpu = `cpu/req: server ${msPerRequest.server ?? '?'} ms, database ${msPerRequest.database ?? '?'} ms`;
        console.log(
          `  ${target.label.padEnd(9)} ${s.name.padEnd(28)} ${String(connections).padStart(2)} conn  ${String(r.requestsPerSecond).padStart(5)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${cpu}${r.errors + r.non2xx ? `  (${r.errors} errors, ${r.non2xx} non-2xx)` : ''}`,
        );
        target.results.push({
          ...r,
          cpuMs: { server: msPerRequest.server, database: msPerRequest.database },
        });
        if (target.pid) {
          const m = rssMb(target.pid);
          console.log(`            memory: ${m.now} MB now, ${m.peak} MB at most so far`);
        }
      }
    }
  }
}

/** Waits (up to 90 s) until InnoDB has written back most pages the seeding dirtied. */
async function settle(ds: DataSource): Promise<void> {
  if (SQLITE) return;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const rows: { Variable_name: string; Value: string }[] = await ds.query(
      "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_buffer_pool_pages_dirty', 'Innodb_buffer_pool_pages_total')",
    );
    const v = Object.fromEntries(rows.map((r) => [r.Variable_name, Number(r.Value)]));
    const dirty = v.Innodb_buffer_pool_pages_dirty / v.Innodb_buffer_pool_pages_total;
    if (dirty < 0.05 || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

const find = (rs: Measured[], name: string, connections = 16) =>
  rs.find((r) => r.name === name && r.connections === connections)!;

async function main(): Promise<void> {
  const engine = SQLITE ? 'sqlite' : 'mysql';
  console.log(`Seeding (${engine})…`);
  const bench = await startBenchApp();
  const seedSeconds = Date.now();
  const app: Target = {
    label: 'app',
    url: bench.app.url,
    scenarios: [],
    results: [],
    pid: bench.app.pid,
  };
  const baseline: Target = { label: 'baseline', url: '', scenarios: [], results: [] };
  let base: Baseline | null = null;
  let rss: number;
  let problems: number;
  let negativeStock: number;
  try {
    // Each rating closes its wish: both sides together must never run out (a repeat is a 409,
    // cheaper than a rating, and would flatter whichever side got it).
    const feedbackPool = Math.max(20_000, 2 * 1_500 * (DURATION + WARM_UP) * CONNECTIONS.length);
    const world = await seedWorld(bench, {
      grids: 20,
      volunteers: 2000,
      residents: 20_000,
      entries: ENTRIES,
      wishes: 20_000,
      awaitingFeedback: feedbackPool,
      loggedIn: 100,
      items: 10,
    });
    console.log(`Seeded in ${((Date.now() - seedSeconds) / 1000).toFixed(0)} s.`);
    const seeded = rssMb(bench.app.pid);
    console.log(`The app after seeding: ${seeded.now} MB, ${seeded.peak} MB at most so far.`);
    await settle(bench.ds);
    app.scenarios = scenarios(world);
    if (!SQLITE) {
      // The minimal correct server (bench/baseline/server.ts), idle until its turn.
      base = await startBaseline(process.env.DATABASE_URL);
      baseline.url = base.url;
      baseline.pid = base.pid;
      baseline.scenarios = baselineScenarios(world);
    }
    console.log('Measuring the app and, after each of its runs, the baseline where it has one:');
    await run(base ? [app, baseline] : [app]);
    rss = peakRssMb(bench.app.pid);
    problems = (await verifyLedger(bench.ds)).length;
    const [stock] = await bench.ds.query<{ n: number | string }[]>(
      'SELECT COUNT(*) AS n FROM store_items WHERE stock < 0',
    );
    negativeStock = Number(stock.n);
  } finally {
    await base?.stop();
    await bench.stop();
  }

  const appResults = app.results;
  const baseResults = baseline.results;
  const ratio = (name: string, connections: number) =>
    find(appResults, name, connections).requestsPerSecond /
    find(baseResults, name, connections).requestsPerSecond;
  const ratios = SQLITE
    ? null
    : {
        balanceRps: ratio(BALANCE, 16),
        balanceP99: find(appResults, BALANCE).p99 / Math.max(find(baseResults, BALANCE).p99, 1),
        writes: CONNECTIONS.flatMap((connections) =>
          [POPULAR, TEN_ITEMS, FEEDBACK].map((name) => ({
            name,
            connections,
            ratio: ratio(name, connections),
          })),
        ),
      };

  console.log(`\n${engine}, ${DURATION} s per measurement, ${ENTRIES.toLocaleString()} entries`);
  console.table(
    appResults.map((r) => {
      const base = baseResults.find((b) => b.name === r.name && b.connections === r.connections);
      return {
        endpoint: r.name,
        conn: r.connections,
        'req/s': r.requestsPerSecond,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors + r.non2xx,
        'baseline req/s': base?.requestsPerSecond ?? '',
        'baseline p99': base?.p99 ?? '',
        'app ÷ baseline': base ? (r.requestsPerSecond / base.requestsPerSecond).toFixed(2) : '',
        'cpu ms app/base': base
          ? `${r.cpuMs.server ?? '?'} / ${base.cpuMs.server ?? '?'}`
          : String(r.cpuMs.server ?? '?'),
        'db cpu ms app/base': base
          ? `${r.cpuMs.database ?? '?'} / ${base.cpuMs.database ?? '?'}`
          : String(r.cpuMs.database ?? '?'),
      };
    }),
  );
  const checks = [
    ...(ratios
      ? [
          [
            `balance read req/s ÷ baseline ≥ ${TARGETS.balanceRps}`,
            ratios.balanceRps >= TARGETS.balanceRps,
            ratios.balanceRps.toFixed(2),
          ],
          [
            `balance read p99 ÷ baseline ≤ ${TARGETS.balanceP99}`,
            ratios.balanceP99 <= TARGETS.balanceP99,
            ratios.balanceP99.toFixed(2),
          ],
          ...ratios.writes.map((w): [string, boolean, string] => [
            `${w.name} at ${w.connections} conn req/s ÷ baseline ≥ ${TARGETS.writeRps}`,
            w.ratio >= TARGETS.writeRps,
            w.ratio.toFixed(2),
          ]),
        ]
      : []),
    [`peak RSS ≤ ${TARGETS.peakRssMb} MB`, rss <= TARGETS.peakRssMb, `${rss} MB`],
    [
      'no request failed',
      appResults.every((r) => r.errors + r.non2xx === 0),
      String(appResults.reduce((n, r) => n + r.errors + r.non2xx, 0)),
    ],
    ['ledger:verify clean after the load', problems === 0, String(problems)],
    ['no stock below zero', negativeStock === 0, String(negativeStock)],
  ] as [string, boolean, string][];
  for (const [what, ok, value] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${what}: ${value}`);

  const out = resolve(__dirname, 'results');
  mkdirSync(out, { recursive: true });
  const report = {
    at: new Date().toISOString(),
    engine,
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    durationSeconds: DURATION,
    seeded: { grids: 20, volunteers: 2000, residents: 20_000, entries: ENTRIES },
    app: appResults,
    baseline: baseResults,
    ratios,
    peakRssMb: rss,
    checks: checks.map(([what, ok, value]) => ({ what, ok, value })),
  };
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, `latest-${engine}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${join('bench', 'results', 'latest.json')}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

(process.argv.includes('--cluster') ? benchCluster() : main()).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
