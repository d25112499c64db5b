/**
 * Reliability under faults, with the built app running as real processes (`npm run
 * test:reliability`, MariaDB only): two instances on one database, an instance killed with
 * SIGKILL mid-load, and the database itself stopped mid-load (a private MariaDB server).
 */
import { startBuiltApp, type RunningApp } from '../../bench/lib/app-process';
import { createTestDatabase, ENGINE, type TestDatabase } from '../helpers/test-db';
import { call, ok, type Reply } from './lib/client';
import { PrivateMariaDb } from './lib/private-mariadb';
import { appEnv, expectInvariants, openWish, seedWorld, type World } from './lib/world';

if (ENGINE !== 'mysql') {
  throw new Error('The reliability suite runs on MariaDB/MySQL: set DATABASE_URL=mysql://…');
}

const statuses = (replies: Reply[]) =>
  replies.reduce<Record<number, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  );

const redeem = (base: string, world: World, token: string) =>
  call(base, 'POST', '/store/redemptions', { token, body: { itemId: world.itemId, quantity: 1 } });

describe('two instances on one database', () => {
  let db: TestDatabase;
  let a: RunningApp;
  let b: RunningApp;
  let world: World;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startBuiltApp(appEnv(db.url), 3911, 'ignore');
    b = await startBuiltApp(appEnv(db.url), 3912, 'ignore');
    world = await seedWorld(a.url, { volunteers: 12, residents: 4, points: 30, stock: 25 });
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('keeps the ledger, the stock, claims and awards right under concurrent load', async () => {
    const bases = [a.url, b.url];
    const open: string[] = [];
    const completed: { id: string; owner: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const owner = world.residents[i % world.residents.length];
      const id = await openWish(a.url, world, owner);
      if (i < 6) {
        open.push(id);
      } else {
        const volunteer = world.volunteers[i];
        await ok(b.url, 'POST', `/wishes/${id}/claim`, { token: volunteer.token });
        await ok(b.url, 'POST', `/wishes/${id}/complete`, {
          token: volunteer.token,
          body: { note: 'Done' },
        });
        completed.push({ id, owner: owner.token });
      }
    }

    // 12 volunteers × 6 redemptions of 3 points against 25 in stock; every volunteer claims every
    // open wish; every completed wish is rated twice, once through each instance.
    const redemptions = world.volunteers.flatMap((v, i) =>
      Array.from({ length: 6 }, (_, k) => redeem(bases[(i + k) % 2], world, v.token)),
    );
    const claims = open.map((id) =>
      Promise.all(
        world.volunteers.map((v, i) =>
          call(bases[i % 2], 'POST', `/wishes/${id}/claim`, { token: v.token }),
        ),
      ),
    );
    const feedback = completed.map((w) =>
      Promise.all(
        bases.map((base) =>
          call(base, 'POST', `/wishes/${w.id}/feedback`, {
            token: w.owner,
            body: { rating: 5, comment: '谢谢' },
          }),
        ),
      ),
    );
    const [redeemed, claimed, rated] = await Promise.all([
      Promise.all(redemptions),
      Promise.all(claims),
      Promise.all(feedback),
    ]);

    expect(statuses(redeemed)).toEqual({ 201: 25, 409: 72 - 25 });
    for (const replies of claimed) {
      expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
      expect(replies.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    }
    for (const replies of rated) {
      expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
      expect(replies.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    }
    const item = (await ok(a.url, 'GET', '/store/items', { token: world.staff.token })).items[0];
    expect(item.available).toBe(0);
    await expectInvariants(db.url, 25);
  }, 120_000);
});

describe('an instance killed with SIGKILL mid-load', () => {
  let db: TestDatabase;
  let a: RunningApp;
  let b: RunningApp;

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('leaves no half-done redemption, and the restarted instance serves again', async () => {
    db = await createTestDatabase();
    a = await startBuiltApp(appEnv(db.url), 3913, 'ignore');
    b = await startBuiltApp(appEnv(db.url), 3914, 'ignore');
    const world = await seedWorld(a.url, {
      volunteers: 16,
      residents: 0,
      points: 300,
      stock: 1000,
    });

    // Each volunteer keeps redeeming through B until it dies (and through A as well).
    let stop = false;
    const loops = world.volunteers.map(async (v, i) => {
      const replies: Reply[] = [];
      while (!stop) replies.push(await redeem(i % 4 === 0 ? a.url : b.url, world, v.token));
      return replies;
    });
    await new Promise((r) => setTimeout(r, 1500));
    await b.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    const replies = (await Promise.all(loops)).flat();
    // Some requests were cut off by the kill (status 0); none answered 5xx.
    expect(replies.some((r) => r.status === 201)).toBe(true);
    expect(replies.filter((r) => r.status >= 500)).toEqual([]);

    b = await startBuiltApp(appEnv(db.url), 3914, 'ignore');
    expect((await redeem(b.url, world, world.volunteers[1].token)).status).toBe(201);
    await expectInvariants(db.url, 1000);
  }, 120_000);
});

describe('the database stopped mid-load', () => {
  let server: PrivateMariaDb;
  let app: RunningApp;

  afterAll(async () => {
    await app?.stop();
    await server?.destroy();
  });

  it('answers 503 while it is down and recovers within 10 s of its return', async () => {
    server = await PrivateMariaDb.create(3399);
    const url = await server.createDatabase('vp_outage');
    app = await startBuiltApp(appEnv(url), 3915, 'ignore');
    const world = await seedWorld(app.url, {
      volunteers: 5,
      residents: 0,
      points: 100,
      stock: 500,
    });
    // The probe member stays out of the load: the load can spend a balance to nothing within
    // the second before the outage, and the last reservation below must be the probe's to make.
    const token = world.volunteers[0].token;

    let stop = false;
    const load = world.volunteers.slice(1).map(async (v) => {
      const replies: Reply[] = [];
      while (!stop) {
        replies.push(await redeem(app.url, world, v.token));
        replies.push(await call(app.url, 'GET', '/me/points', { token: v.token }));
      }
      return replies;
    });
    await new Promise((r) => setTimeout(r, 1000));
    await server.stop('SIGKILL');

    const down = await call(app.url, 'GET', '/health/ready');
    expect(down.status).toBe(503);
    const read = await call(app.url, 'GET', '/me/points', { token });
    expect(read.status).toBe(503);
    expect(read.body).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(JSON.stringify(read.body)).not.toMatch(/at .*\.js/);
    const write = await redeem(app.url, world, token);
    expect(write.status).toBe(503);
    expect((await call(app.url, 'GET', '/health')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));

    await server.start();
    const back = Date.now();
    let recovered = -1;
    while (Date.now() - back < 10_000) {
      const [ready, again] = await Promise.all([
        call(app.url, 'GET', '/health/ready'),
        call(app.url, 'GET', '/me/points', { token }),
      ]);
      if (ready.status === 200 && again.status === 200) {
        recovered = Date.now() - back;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBeGreaterThanOrEqual(0);
    expect((await redeem(app.url, world, token)).status).toBe(201);
    stop = true;
    const replies = (await Promise.all(load)).flat();
    expect(replies.filter((r) => r.status >= 500 && r.status !== 503)).toEqual([]);
    expect(replies.filter((r) => r.status === 0)).toEqual([]);

    await expectInvariants(url, 500);
  }, 120_000);
});
