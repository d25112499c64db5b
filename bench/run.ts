/**
 * The full benchmark: `npm run bench` (MariaDB at DATABASE_URL, default
 * mysql://root@127.0.0.1:3306/vp_bench) or `npm run bench -- --sqlite`.
 *
 * Builds and starts the app as its own process, seeds a large community (20 grids, 2,000
 * volunteers, 20,000 residents, 1,000,000 ledger entries), measures five hot endpoints at 16 and
 * 64 connections, then measures a minimal Fastify + mysql2 server running the same SQL for the
 * balance read and the redemption transaction, and prints project ÷ baseline. Writes
 * bench/results/latest.json. BENCH_SECONDS (default 10) sets each measurement's length and
 * BENCH_ENTRIES (default 1,000,000) the ledger size, for quick trial runs.
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

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP = 3;
const CONNECTIONS = [16, 64];
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const TARGETS = { balanceRps: 0.7, balanceP99: 2, redemptionRps: 0.5, peakRssMb: 300 };

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Scenario {
  name: string;
  next: () => NextRequest;
}

function scenarios(world: World): Scenario[] {
  let feedbackAt = 0;
  return [
    {
      name: 'GET /me/points',
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
    {
      name: 'POST /store/redemptions',
      next: () => ({
        method: 'POST',
        path: '/api/v1/store/redemptions',
        headers: bearer(pick(world.volunteers).token),
        body: { itemId: pick(world.itemIds), quantity: 1 },
      }),
    },
    {
      name: 'POST /wishes/:id/feedback',
      next: () => {
        // Each wish is rated once; the pool is sized so the run never wraps around.
        const { wishId, token } = world.feedback[feedbackAt++ % world.feedback.length];
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

/** Peak resident set size of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

interface Target {
  label: string;
  url: string;
  scenarios: Scenario[];
  results: LoadResult[];
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
        const r = await measureRequests(s.name, target.url, s.next, {
          connections,
          durationSeconds: DURATION,
        });
        console.log(
          `  ${target.label.padEnd(9)} ${s.name.padEnd(28)} ${String(connections).padStart(2)} conn  ${String(r.requestsPerSecond).padStart(5)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${r.errors + r.non2xx ? `  (${r.errors} errors, ${r.non2xx} non-2xx)` : ''}`,
        );
        target.results.push(r);
      }
    }
  }
}

const OUTBOX_ROUNDS = 3;
const OUTBOX_SECONDS = 5;

interface OutboxCost {
  connections: number;
  /** Baseline redemptions per second of each round, with and without the event row. */
  withEvent: number[];
  withoutEvent: number[];
  /** 1 − median(with) ÷ median(without): the share of throughput the write costs. */
  cost: number;
  /** Requests that failed or were refused (they would flatter both sides). */
  refused: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What the outbox's one write costs a redemption, on its own: the baseline's redemption
 * transaction with and without the event insert, in alternating rounds, so both see the same
 * server, data and minute (runs of the whole benchmark here differ more than the write does).
 */
async function outboxCost(url: string, world: World): Promise<OutboxCost[]> {
  const out: OutboxCost[] = [];
  for (const connections of CONNECTIONS) {
    const rounds = { withEvent: [] as number[], withoutEvent: [] as number[] };
    let refused = 0;
    for (let i = 0; i < OUTBOX_ROUNDS; i++) {
      for (const [key, query] of [
        ['withEvent', ''],
        ['withoutEvent', '?events=0'],
      ] as const) {
        const next = (): NextRequest => ({
          method: 'POST',
          path: `/redemptions${query}`,
          body: { userId: pick(world.quietVolunteerIds), itemId: pick(world.itemIds), quantity: 1 },
        });
        await measureRequests('warm-up', url, next, { connections, durationSeconds: 2 });
        const r = await measureRequests(key, url, next, {
          connections,
          durationSeconds: OUTBOX_SECONDS,
        });
        rounds[key].push(r.requestsPerSecond);
        refused += r.errors + r.non2xx;
      }
    }
    const cost = 1 - median(rounds.withEvent) / median(rounds.withoutEvent);
    console.log(
      `  outbox write, baseline redemptions ${String(connections).padStart(2)} conn: with ${rounds.withEvent.join(' / ')}, without ${rounds.withoutEvent.join(' / ')} req/s; costs ${(cost * 100).toFixed(1)} %${refused ? ` (${refused} not 2xx)` : ''}`,
    );
    out.push({ connections, ...rounds, cost, refused });
  }
  return out;
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

const find = (rs: LoadResult[], name: string, connections = 16) =>
  rs.find((r) => r.name === name && r.connections === connections)!;

async function main(): Promise<void> {
  const engine = SQLITE ? 'sqlite' : 'mysql';
  console.log(`Seeding (${engine})…`);
  const bench = await startBenchApp();
  const seedSeconds = Date.now();
  const app: Target = { label: 'app', url: bench.app.url, scenarios: [], results: [] };
  const baseline: Target = { label: 'baseline', url: '', scenarios: [], results: [] };
  let base: Baseline | null = null;
  let rss: number;
  let problems: number;
  let negativeStock: number;
  let outbox: OutboxCost[] = [];
  try {
    const feedbackPool = Math.max(20_000, 400 * (DURATION + WARM_UP) * CONNECTIONS.length * 4);
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
    await settle(bench.ds);
    app.scenarios = scenarios(world);
    if (!SQLITE) {
      // The same SQL without the framework (bench/baseline/server.ts), idle until its turn.
      base = await startBaseline(process.env.DATABASE_URL);
      baseline.url = base.url;
      baseline.scenarios = [
        {
          name: 'GET /me/points',
          next: () => ({ method: 'GET', path: `/balance/${pick(world.volunteers).id}` }),
        },
        {
          name: 'POST /store/redemptions',
          next: () => ({
            method: 'POST',
            path: '/redemptions',
            body: { userId: pick(world.volunteers).id, itemId: pick(world.itemIds), quantity: 1 },
          }),
        },
      ];
    }
    console.log('Measuring the app and, after each of its runs, the baseline where it has one:');
    await run(base ? [app, baseline] : [app]);
    if (base) {
      console.log('The outbox write alone, in alternating rounds on the baseline:');
      outbox = await outboxCost(base.url, world);
    }
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
  const ratios = SQLITE
    ? null
    : {
        balanceRps:
          find(appResults, 'GET /me/points').requestsPerSecond /
          find(baseResults, 'GET /me/points').requestsPerSecond,
        balanceP99:
          find(appResults, 'GET /me/points').p99 /
          Math.max(find(baseResults, 'GET /me/points').p99, 1),
        redemptionRps:
          find(appResults, 'POST /store/redemptions').requestsPerSecond /
          find(baseResults, 'POST /store/redemptions').requestsPerSecond,
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
          [
            `redemption req/s ÷ baseline ≥ ${TARGETS.redemptionRps}`,
            ratios.redemptionRps >= TARGETS.redemptionRps,
            ratios.redemptionRps.toFixed(2),
          ],
        ]
      : []),
    [`peak RSS ≤ ${TARGETS.peakRssMb} MB`, rss <= TARGETS.peakRssMb, `${rss} MB`],
    [
      'no request failed',
      appResults.every((r) => r.errors + r.non2xx === 0),
      String(appResults.reduce((n, r) => n + r.errors + r.non2xx, 0)),
    ],
    ['ledger:verify clean after the load', problems === 0, String(problems)],
    ...outbox.map((o): [string, boolean, string] => [
      `outbox write costs < 10 % of redemptions at ${o.connections} conn (baseline, alternating)`,
      o.cost < 0.1,
      `${(o.cost * 100).toFixed(1)} %`,
    ]),
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
    outboxCost: outbox,
    peakRssMb: rss,
    checks: checks.map(([what, ok, value]) => ({ what, ok, value })),
  };
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, `latest-${engine}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${join('bench', 'results', 'latest.json')}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
