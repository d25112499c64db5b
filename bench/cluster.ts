/**
 * `npm run bench -- --cluster` (root, galera-4 and rsync installed): redemptions and ratings
 * through three app instances on three nodes of a private Galera cluster, against the same
 * cluster taking the whole load through one instance on one node — same data, same run, the
 * two alternating. The load's connections are the same in total; through three, a third each.
 * Reports requests per second, p99, and every non-2xx answer (none is expected: the members
 * have points and the goods stock enough), then runs ledger:verify on every node.
 */
import { DataSource } from 'typeorm';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { verifyLedger } from 'src/points/verify-ledger';
import { api, startBuiltApp, type RunningApp } from './lib/app-process';
import { BENCH_ADMIN, BENCH_JWT_SECRET, type BenchApp } from './lib/bench-app';
import { GaleraCluster } from './lib/galera-cluster';
import { measureRequests, type LoadResult, type NextRequest } from './lib/load';
import { seedWorld, type World } from './lib/seed-world';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
const DB = 'vp_bench';
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Row {
  scenario: string;
  through: 'one node' | 'three nodes';
  requestsPerSecond: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** The same load through each of `urls`, the connections shared out, summed. */
async function through(name: string, urls: string[], next: () => NextRequest): Promise<LoadResult> {
  const share = urls.map(
    (_, i) => Math.floor(CONNECTIONS / urls.length) + (i < CONNECTIONS % urls.length ? 1 : 0),
  );
  const parts = await Promise.all(
    urls.map((url, i) =>
      measureRequests(name, url, next, { connections: share[i], durationSeconds: DURATION }),
    ),
  );
  return {
    name,
    connections: CONNECTIONS,
    requestsPerSecond: parts.reduce((n, p) => n + p.requestsPerSecond, 0),
    p50: Math.max(...parts.map((p) => p.p50)),
    p99: Math.max(...parts.map((p) => p.p99)),
    errors: parts.reduce((n, p) => n + p.errors, 0),
    non2xx: parts.reduce((n, p) => n + p.non2xx, 0),
  };
}

export async function benchCluster(): Promise<void> {
  console.log('Starting a three-node Galera cluster…');
  const cluster = await GaleraCluster.start(34200);
  let apps: RunningApp[] = [];
  let ds: DataSource | undefined;
  const rows: Row[] = [];
  let problems: number[] = [];
  try {
    await cluster.createDatabase(DB);
    const env = (i: number) => ({
      DATABASE_URL: cluster.url(i, DB),
      JWT_SECRET: BENCH_JWT_SECRET,
      ADMIN_PHONE: BENCH_ADMIN.phone,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    apps = await Promise.all([0, 1, 2].map((i) => startBuiltApp(env(i), 3961 + i, 'ignore')));
    ds = await new DataSource({
      ...buildDataSourceOptions(cluster.url(0, DB)),
      logging: false,
    }).initialize();
    const admin = await api<{ accessToken: string }>(apps[0].url, '/auth/login', BENCH_ADMIN);
    const community = await api<{ id: string }>(
      apps[0].url,
      '/communities',
      { name: 'Bench', code: 'BENCH' },
      admin.accessToken,
    );
    const bench: BenchApp = {
      app: apps[0],
      ds,
      adminToken: admin.accessToken,
      communityId: community.id,
      stop: () => Promise.resolve(),
    };
    const world: World = await seedWorld(bench, {
      grids: 5,
      volunteers: 500,
      residents: 2000,
      entries: 50_000,
      wishes: 2000,
      awaitingFeedback: 2000 * DURATION * 4,
      loggedIn: 100,
      items: 10,
    });
    let feedbackAt = 0;
    const scenarios: { name: string; next: () => NextRequest }[] = [
      {
        name: 'POST /store/redemptions (ten items)',
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
          const { wishId, token } = world.feedback[feedbackAt++ % world.feedback.length];
          return {
            method: 'POST',
            path: `/api/v1/wishes/${wishId}/feedback`,
            headers: bearer(token),
            body: { rating: 5 },
          };
        },
      },
    ];
    const urls = apps.map((a) => a.url);
    for (const s of scenarios) {
      await through('warm-up', urls, s.next);
      for (const [label, targets] of [
        ['one node', [urls[0]]],
        ['three nodes', urls],
      ] as const) {
        const r = await through(s.name, [...targets], s.next);
        if (r.non2xx)
          console.log(`  (non-2xx answers are counted by autocannon; see the app logs)`);
        console.log(
          `  ${label.padEnd(11)} ${s.name.padEnd(36)} ${String(r.requestsPerSecond).padStart(5)} req/s  p99 ${r.p99} ms  (${r.errors} errors, ${r.non2xx} non-2xx)`,
        );
        rows.push({ scenario: s.name, through: label, ...r });
      }
    }
    problems = [];
    for (let i = 0; i < 3; i++) {
      const node = await new DataSource({
        ...buildDataSourceOptions(cluster.url(i, DB)),
        logging: false,
      }).initialize();
      const found = await verifyLedger(node);
      for (const p of found.slice(0, 5)) console.log(`  node ${i}: ${p.check} — ${p.detail}`);
      problems.push(found.length);
      await node.destroy();
    }
  } finally {
    await ds?.destroy();
    await Promise.all(apps.map((a) => a.stop()));
    await cluster.stop();
  }
  const checks: [string, boolean, string][] = [];
  for (const name of new Set(rows.map((r) => r.scenario))) {
    const one = rows.find((r) => r.scenario === name && r.through === 'one node')!;
    const three = rows.find((r) => r.scenario === name && r.through === 'three nodes')!;
    const ratio = three.requestsPerSecond / one.requestsPerSecond;
    checks.push([`${name}: three nodes ÷ one node ≥ 1.0`, ratio >= 1, ratio.toFixed(2)]);
    checks.push([
      `${name}: no failed answer`,
      three.non2xx + three.errors + one.non2xx + one.errors === 0,
      `${three.non2xx + one.non2xx} non-2xx, ${three.errors + one.errors} errors`,
    ]);
  }
  checks.push([
    'ledger:verify clean on every node',
    problems.every((n) => n === 0),
    problems.join(' / '),
  ]);
  for (const [what, ok, value] of checks) console.log(`${ok ? 'PASS' : 'MISS'}  ${what}: ${value}`);
  const out = resolve(__dirname, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'latest-cluster.json'),
    `${JSON.stringify({ at: new Date().toISOString(), durationSeconds: DURATION, connections: CONNECTIONS, rows, checks: checks.map(([what, ok, value]) => ({ what, ok, value })) }, null, 2)}\n`,
  );
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}
