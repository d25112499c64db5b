/**
 * `npm run test:cluster`: the built app as three processes, each on its own node of a private
 * three-node MariaDB Galera cluster (bench/lib/galera-cluster.ts), started together on an empty
 * database; concurrent redemptions on a small stock, claims, double ratings, spends and
 * idempotent repeats through all three; one node killed mid-load and brought back. Every node
 * is checked after: ledger:verify, stock taken = live redemptions, one claim and one award per
 * wish — and no answer was a 500.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startBuiltApp, type RunningApp } from '../../bench/lib/app-process';
import { GaleraCluster, galeraUnavailable } from '../../bench/lib/galera-cluster';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { MIGRATIONS } from 'src/database/migration-list';
import { call, ok, type Reply } from '../reliability/lib/client';
import {
  appEnv,
  expectInvariants,
  openWish,
  seedWorld,
  type World,
} from '../reliability/lib/world';

const why = galeraUnavailable();
if (why) throw new Error(`test:cluster cannot run here: ${why}`);

const DB = 'vp_cluster';
const STOCK = 25;
const tally = (replies: Reply[]) =>
  replies.reduce<Record<number, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  );
const no500 = (replies: Reply[]) =>
  expect(replies.filter((r) => r.status >= 500 && r.status !== 503)).toEqual([]);

describe('three instances on a three-node Galera cluster', () => {
  let cluster: GaleraCluster;
  let apps: RunningApp[] = [];
  let bases: string[] = [];
  let world: World;

  beforeAll(async () => {
    cluster = await GaleraCluster.start(34100);
    await cluster.createDatabase(DB);
    // Started together on an empty database: they race to migrate and to create the admin.
    apps = await Promise.all(
      [0, 1, 2].map((i) => startBuiltApp(appEnv(cluster.url(i, DB)), 3931 + i, 'ignore')),
    );
    bases = apps.map((a) => a.url);
    world = await seedWorld(bases[0], { volunteers: 12, residents: 4, points: 30, stock: STOCK });
  }, 300_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await cluster?.stop();
  }, 120_000);

  it('migrated once, though three instances started together', async () => {
    for (let i = 0; i < 3; i++) {
      const ds = await new DataSource({
        ...buildDataSourceOptions(cluster.url(i, DB)),
        logging: false,
      }).initialize();
      try {
        const rows = await ds.query<{ name: string }[]>('SELECT name FROM migrations');
        expect(rows.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      } finally {
        await ds.destroy();
      }
    }
  });

  it('reads its own write through another node, even one that lags behind', async () => {
    const v = world.volunteers[0];
    const before = (await ok(bases[1], 'GET', '/me/points', { token: v.token })).balance;
    // Node 1 stops applying for a moment, as a loaded node lags: a read through it must wait
    // for the write made through node 0 (wsrep_sync_wait), not answer what it had.
    await cluster.pauseApplying(1, 1_500);
    await ok(bases[0], 'POST', '/store/redemptions', {
      token: v.token,
      body: { itemId: world.itemId, quantity: 1 },
    });
    const after = (await ok(bases[1], 'GET', '/me/points', { token: v.token })).balance;
    expect(after).toBe(before - 3);
  });

  it('keeps stock, claims, awards and the ledger right under load through all three', async () => {
    const open: string[] = [];
    const completed: { id: string; owner: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const owner = world.residents[i % world.residents.length];
      const id = await openWish(bases[i % 3], world, owner);
      if (i < 6) {
        open.push(id);
      } else {
        const volunteer = world.volunteers[i];
        await ok(bases[(i + 1) % 3], 'POST', `/wishes/${id}/claim`, { token: volunteer.token });
        await ok(bases[(i + 2) % 3], 'POST', `/wishes/${id}/complete`, {
          token: volunteer.token,
          body: { note: 'Done' },
        });
        completed.push({ id, owner: owner.token });
      }
    }
    const redemptions = world.volunteers.flatMap((v, i) =>
      Array.from({ length: 6 }, (_, k) =>
        call(bases[(i + k) % 3], 'POST', '/store/redemptions', {
          token: v.token,
          body: { itemId: world.itemId, quantity: 1 },
        }),
      ),
    );
    const claims = open.map((id) =>
      Promise.all(
        world.volunteers.map((v, i) =>
          call(bases[i % 3], 'POST', `/wishes/${id}/claim`, { token: v.token }),
        ),
      ),
    );
    const ratings = completed.map((w) =>
      Promise.all(
        bases.map((base) =>
          call(base, 'POST', `/wishes/${w.id}/feedback`, {
            token: w.owner,
            body: { rating: 5, comment: '谢谢' },
          }),
        ),
      ),
    );
    // The same request with the same key through every node at once: one effect.
    const repeats = world.volunteers.slice(0, 4).map((v) => {
      const key = randomUUID();
      return Promise.all(
        bases.map((base) =>
          call(base, 'POST', `/members/${v.id}/points/adjustments`, {
            token: world.admin.token,
            headers: { 'idempotency-key': key },
            body: { delta: 5, reason: 'idempotent repeat' },
          }),
        ),
      );
    });
    const [redeemed, claimed, rated, repeated] = await Promise.all([
      Promise.all(redemptions),
      Promise.all(claims),
      Promise.all(ratings),
      Promise.all(repeats),
    ]);
    console.log(
      'redemptions',
      tally(redeemed),
      'claims',
      tally(claimed.flat()),
      'ratings',
      tally(rated.flat()),
      'repeats',
      tally(repeated.flat()),
    );
    no500([...redeemed, ...claimed.flat(), ...rated.flat(), ...repeated.flat()]);
    for (const replies of claimed) expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    for (const replies of rated) expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    for (const replies of repeated) {
      const made = replies.filter((r) => r.status === 201);
      expect(made.length).toBeGreaterThanOrEqual(1);
      expect(new Set(made.map((r) => (r.body as { id?: string }).id)).size).toBe(1);
    }
    for (const v of world.volunteers.slice(0, 4)) {
      const adjustments = await ok(bases[0], 'GET', `/members/${v.id}/points/entries`, {
        token: world.admin.token,
      });
      expect(adjustments.items.filter((e: { kind: string }) => e.kind === 'adjust')).toHaveLength(
        2,
      ); // opening + one repeat
    }
    for (let i = 0; i < 3; i++) await expectInvariants(cluster.url(i, DB), STOCK);
  }, 180_000);

  it('a node killed mid-load: its instance answers 503 and not ready, then serves again', async () => {
    const staff = world.staff.token;
    const item = await ok(bases[0], 'POST', '/store/items', {
      token: staff,
      body: { name: '香皂', kind: 'goods', pricePoints: 1, stock: STOCK },
    });
    const burst = world.volunteers.flatMap((v, i) =>
      Array.from({ length: 4 }, (_, k) =>
        new Promise<Reply>((r) => setTimeout(r, k * 40)).then(() =>
          call(bases[(i + k) % 3], 'POST', '/store/redemptions', {
            token: v.token,
            body: { itemId: item.id, quantity: 1 },
          }),
        ),
      ),
    );
    await new Promise((r) => setTimeout(r, 60));
    await cluster.killNode(2);
    const replies = await Promise.all(burst);
    console.log('burst with a node killed', tally(replies));
    no500(replies);
    expect((await call(bases[2], 'GET', '/health/ready')).status).toBe(503);
    expect((await call(bases[2], 'GET', '/store/items', { token: staff })).status).toBe(503);
    // The others carry on.
    expect((await call(bases[0], 'GET', '/health/ready')).status).toBe(200);
    await cluster.startNode(2);
    const deadline = Date.now() + 60_000;
    while ((await call(bases[2], 'GET', '/health/ready')).status !== 200) {
      if (Date.now() > deadline) throw new Error('instance 2 did not become ready again');
      await new Promise((r) => setTimeout(r, 500));
    }
    expect((await call(bases[2], 'GET', '/store/items', { token: staff })).status).toBe(200);
    for (let i = 0; i < 3; i++) await expectInvariants(cluster.url(i, DB), STOCK, 2);
  }, 300_000);
});
