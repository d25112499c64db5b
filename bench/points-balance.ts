/**
 * GET /me/points must not slow down as the ledger grows: p99 with 1,000,000 entries within 1.5×
 * of p99 with 10,000. Run with `npm run bench:balance` (MariaDB at DATABASE_URL, default
 * mysql://root@127.0.0.1:3306/vp_bench) or `npm run bench:balance -- --sqlite`.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyLedger } from 'src/points/verify-ledger';
import { api } from './lib/app-process';
import { SQLITE } from './lib/database';
import { startBenchApp } from './lib/bench-app';
import { measure, type LoadResult } from './lib/load';
import { appendTransfers, createAccounts } from './lib/seed-ledger';

const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 16;

async function main(): Promise<void> {
  const bench = await startBenchApp();
  const { app, ds } = bench;
  const admin = { accessToken: bench.adminToken };
  const community = { id: bench.communityId };
  try {
    await api(
      app.url,
      `/communities/${community.id}/members`,
      {
        phone: '13900009999',
        name: 'Bench volunteer',
        password: 'bench-password',
        roles: ['resident', 'volunteer'],
      },
      admin.accessToken,
    );
    const member = await api<{ accessToken: string; user: { id: string } }>(
      app.url,
      '/auth/login',
      { phone: '13900009999', password: 'bench-password' },
    );
    // One API credit creates the member's account and the community's issuance account.
    await api(
      app.url,
      `/members/${member.user.id}/points/adjustments`,
      { delta: 1, reason: 'bench' },
      admin.accessToken,
    );
    const [target] = await ds.query('SELECT id FROM point_accounts WHERE owner_key = ?', [
      member.user.id,
    ]);
    const [issuance] = await ds.query(
      "SELECT id FROM point_accounts WHERE community_id = ? AND owner_key = 'system:issuance'",
      [community.id],
    );
    const others = await createAccounts(ds, community.id, 1999);
    const shape = {
      communityId: community.id,
      issuanceAccountId: issuance.id,
      targetAccountId: target.id,
      otherAccountIds: others,
      targetShare: 0.01,
    };

    const headers = { authorization: `Bearer ${member.accessToken}` };
    const url = `${app.url}/api/v1/me/points`;
    const results: (LoadResult & { entries: number })[] = [];
    let entries = 2;
    for (const goal of [10_000, 1_000_000]) {
      const started = Date.now();
      await appendTransfers(ds, shape, (goal - entries) / 2);
      entries = goal;
      console.log(
        `seeded ${goal.toLocaleString()} entries (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      await measure('warm-up', url, { connections: CONNECTIONS, durationSeconds: 3, headers });
      results.push({
        ...(await measure('GET /me/points', url, {
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          headers,
        })),
        entries: goal,
      });
    }
    const problems = await verifyLedger(ds);
    const [small, large] = results;
    const ratio = large.p99 / Math.max(small.p99, 1);
    console.log(
      '\nGET /me/points, %d connections, %d s, %s',
      CONNECTIONS,
      DURATION,
      SQLITE ? 'SQLite' : 'MariaDB',
    );
    console.table(
      results.map((r) => ({
        entries: r.entries.toLocaleString(),
        'req/s': r.requestsPerSecond,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors + r.non2xx,
      })),
    );
    console.log(`p99 at 1,000,000 ÷ p99 at 10,000 = ${ratio.toFixed(2)} (target ≤ 1.5)`);
    console.log(
      `ledger:verify on the seeded data: ${problems.length ? `${problems.length} problems` : 'OK'}`,
    );
    const out = resolve(__dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, `points-balance-${SQLITE ? 'sqlite' : 'mysql'}.json`),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          engine: SQLITE ? 'sqlite' : 'mysql',
          connections: CONNECTIONS,
          durationSeconds: DURATION,
          results,
          p99Ratio: ratio,
          ledgerProblems: problems.length,
        },
        null,
        2,
      ),
    );
    if (ratio > 1.5 || problems.length || results.some((r) => r.errors + r.non2xx > 0))
      process.exitCode = 1;
  } finally {
    await bench.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
