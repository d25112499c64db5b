/**
 * Dashboard and leaderboard p99 must stay under 200 ms for a community with 100,000 ledger
 * entries and 20,000 wishes. `npm run bench:reports` (MariaDB at DATABASE_URL, default
 * mysql://root@127.0.0.1:3306/vp_bench; `-- --sqlite` for SQLite).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { api } from './lib/app-process';
import { SQLITE } from './lib/database';
import { startBenchApp } from './lib/bench-app';
import { measure, type LoadResult } from './lib/load';
import { createMembers, createWishes } from './lib/seed-community';
import { appendTransfers } from './lib/seed-ledger';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
const LIMIT_MS = 200;

async function main(): Promise<void> {
  const bench = await startBenchApp();
  const { app, ds } = bench;
  const admin = { accessToken: bench.adminToken };
  const community = { id: bench.communityId };
  try {
    const grids: string[] = [];
    for (let i = 0; i < 20; i++) {
      grids.push(
        (
          await api<{ id: string }>(
            app.url,
            `/communities/${community.id}/grids`,
            { name: `网格 ${i + 1}` },
            admin.accessToken,
          )
        ).id,
      );
    }
    await api(
      app.url,
      `/communities/${community.id}/members`,
      {
        phone: '13900009998',
        name: 'Bench admin',
        password: 'bench-password',
        roles: ['community_admin'],
      },
      admin.accessToken,
    );
    const staff = await api<{ accessToken: string; user: { id: string } }>(app.url, '/auth/login', {
      phone: '13900009998',
      password: 'bench-password',
    });
    await api(
      app.url,
      `/members/${staff.user.id}/points/adjustments`,
      { delta: 1, reason: 'bench' },
      admin.accessToken,
    );
    const [issuance] = await ds.query(
      "SELECT id FROM point_accounts WHERE community_id = ? AND owner_key = 'system:issuance'",
      [community.id],
    );
    const [target] = await ds.query('SELECT id FROM point_accounts WHERE owner_key = ?', [
      staff.user.id,
    ]);

    const started = Date.now();
    const members = await createMembers(ds, community.id, grids, 2000);
    await appendTransfers(
      ds,
      {
        communityId: community.id,
        issuanceAccountId: issuance.id,
        targetAccountId: target.id,
        otherAccountIds: members.accountIds,
        targetShare: 0.001,
      },
      50_000,
    );
    await createWishes(ds, community.id, grids, members.userIds, 20_000);
    console.log(
      `seeded 2,000 members, 100,000 ledger entries and 20,000 wishes (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );

    const headers = { authorization: `Bearer ${staff.accessToken}` };
    const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const to = new Date();
    const from = new Date(to.getTime() - 29 * 86_400_000);
    const period = day(to).slice(0, 7);
    const base = `${app.url}/api/v1/communities/${community.id}`;
    const targets = [
      ['dashboard (30 days)', `${base}/dashboard?from=${day(from)}&to=${day(to)}`],
      ['leaderboard points', `${base}/leaderboard?metric=points&period=${period}`],
      ['leaderboard hours', `${base}/leaderboard?metric=hours&period=${period}`],
      ['grid ratings', `${base}/grid-ratings?period=${period}`],
    ] as const;
    const results: (LoadResult & { coldMs: number })[] = [];
    for (const [name, url] of targets) {
      // The first request computes the report (results are cached for 30 s); time it alone.
      const t0 = performance.now();
      const first = await fetch(url, { headers });
      if (!first.ok) throw new Error(`${name}: ${first.status}`);
      await first.arrayBuffer();
      const coldMs = Math.round(performance.now() - t0);
      await measure('warm-up', url, { connections: CONNECTIONS, durationSeconds: 2, headers });
      results.push({
        ...(await measure(name, url, {
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          headers,
        })),
        coldMs,
      });
    }
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION} s each, ${SQLITE ? 'SQLite' : 'MariaDB'}`,
    );
    console.table(
      results.map((r) => ({
        route: r.name,
        'req/s': r.requestsPerSecond,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        'cold ms': r.coldMs,
        errors: r.errors + r.non2xx,
      })),
    );
    const failing = results.filter((r) => r.p99 >= LIMIT_MS || r.errors + r.non2xx > 0);
    console.log(
      failing.length
        ? `OVER ${LIMIT_MS} ms or failing: ${failing.map((r) => r.name).join(', ')}`
        : `all p99 under ${LIMIT_MS} ms`,
    );
    const out = resolve(__dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, `reports-${SQLITE ? 'sqlite' : 'mysql'}.json`),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          results,
        },
        null,
        2,
      ),
    );
    if (failing.length) process.exitCode = 1;
  } finally {
    await bench.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
