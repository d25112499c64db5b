import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { wishBody } from './factories/wishes';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';
import { bytes } from './helpers/binary';

/** Shanghai wall time in October 2026 as a stored UTC datetime string. */
const oct = (day: number, hour = 12) =>
  `2026-10-${String(day).padStart(2, '0')} ${String(hour - 8).padStart(2, '0')}:00:00.000`;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const thisMonth = () => today().slice(0, 7);

describe('reports', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let gridB: string;
  let worker: Actor;
  let vA: Actor;
  let vB: Actor;
  let rA: Actor;
  let rB: Actor;
  const wishes: Record<string, string> = {};

  const sql = (q: string, p: unknown[]) => t.app.get(DataSource).query(q, p);
  const post = (actor: Actor, path: string, body: object = {}) =>
    t.http.post(`/api/v1${path}`).set(bearer(actor)).send(body);

  async function lifeOf(owner: Actor, volunteer: Actor, rating: number | null): Promise<string> {
    const w = await post(owner, '/wishes', wishBody({ title: '帮忙修水管' })).expect(201);
    await post(worker, `/wishes/${w.body.id}/approve`).expect(200);
    if (rating === null) return w.body.id as string;
    await post(volunteer, `/wishes/${w.body.id}/claim`).expect(200);
    await post(volunteer, `/wishes/${w.body.id}/complete`, { note: 'done' }).expect(200);
    await post(owner, `/wishes/${w.body.id}/feedback`, { rating }).expect(200);
    return w.body.id as string;
  }

  beforeAll(async () => {
    t = await startApp();
    c = await createCommunity(t.http, await loginPlatformAdmin(t.http));
    gridB = (await post(c.admin, `/communities/${c.id}/grids`, { name: 'Grid B' }).expect(201)).body
      .id;
    worker = await createMember(t.http, c.admin, c.id, ['grid_worker']);
    vA = await createMember(t.http, c.admin, c.id, ['resident', 'volunteer'], { gridId: c.gridId });
    vB = await createMember(t.http, c.admin, c.id, ['resident', 'volunteer'], { gridId: gridB });
    rA = await createMember(t.http, c.admin, c.id, ['resident'], { gridId: c.gridId });
    rB = await createMember(t.http, c.admin, c.id, ['resident'], { gridId: gridB });

    wishes.w1 = await lifeOf(rA, vA, 5);
    wishes.w2 = await lifeOf(rA, vA, 4);
    wishes.w3 = await lifeOf(rA, vA, 3);
    wishes.w4 = await lifeOf(rB, vB, 2);
    wishes.w6 = await lifeOf(rB, vB, null); // approved, never done
    const w5 = await post(rB, '/wishes', wishBody()).expect(201);
    await post(rB, `/wishes/${w5.body.id}/cancel`).expect(200);
    wishes.w5 = w5.body.id;

    // Move the fixture into October 2026: due on the 10th; W3 completed late.
    for (const [key, id] of Object.entries(wishes)) {
      const late = key === 'w3';
      await sql(
        `UPDATE wishes SET created_at = ?, due_at = ?, completed_at = CASE WHEN completed_at IS NULL THEN NULL ELSE ? END,
                closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE ? END,
                closed_on_time = CASE WHEN closed_on_time IS NULL THEN NULL ELSE ? END WHERE id = ?`,
        [oct(5), oct(10), late ? oct(12) : oct(9), oct(15), !late, id],
      );
    }
    // Reported in October, within that day's backfill window; approved today.
    const clock = testClock(t.app);
    clock.at(oct(20));
    const rec = await post(vA, '/service-records', {
      date: '2026-10-10',
      minutes: 120,
      description: '巡逻',
    }).expect(201);
    clock.reset();
    await post(worker, `/service-records/${rec.body.id}/approve`).expect(200);
  });
  afterAll(() => t?.close());

  type Ratings = { frozen: boolean; items: Record<string, unknown>[] };
  const ratings = async (): Promise<Ratings> => {
    const res = await t.http
      .get(`/api/v1/communities/${c.id}/grid-ratings?period=2026-10`)
      .set(bearer(worker))
      .expect(200);
    return res.body as Ratings;
  };

  it('rates grids as computed by hand, colour included', async () => {
    const body = await ratings();
    expect(body.frozen).toBe(false);
    const [a, b] = body.items;
    // A: completion 2/3, satisfaction (5+4+3)/3/5 = 0.8, activity (2 h + 3 wishes)/2 members = 2.5 → 1
    expect(a).toMatchObject({
      gridId: c.gridId,
      completion: 0.6667,
      satisfaction: 0.8,
      activity: 1,
      score: 80.67,
      colour: 'yellow',
    });
    // B: completion 1/2 (W6 due, not done; W5 cancelled), satisfaction 2/5, activity (0 + 1)/2 = 0.5 → 0.2
    expect(b).toMatchObject({
      gridId: gridB,
      completion: 0.5,
      satisfaction: 0.4,
      activity: 0.2,
      score: 38,
      colour: 'blue',
    });
  });

  it('keeps a frozen month as it was after new data', async () => {
    const frozen = await post(c.admin, `/communities/${c.id}/grid-ratings/2026-10/freeze`).expect(
      200,
    );
    expect(frozen.body.frozen).toBe(true);
    await post(c.admin, `/communities/${c.id}/grid-ratings/2026-10/freeze`).expect(409);
    const extra = await lifeOf(rB, vB, 5);
    await sql('UPDATE wishes SET due_at = ?, completed_at = ?, closed_at = ? WHERE id = ?', [
      oct(20),
      oct(19),
      oct(21),
      extra,
    ]);
    const after = await ratings();
    expect(after.frozen).toBe(true);
    expect(after.items).toEqual(frozen.body.items);
    await post(worker, `/communities/${c.id}/grid-ratings/2026-10/freeze`).expect(403);
  });

  it('uses the community’s weights and cut-offs', async () => {
    await t.http
      .put(`/api/v1/communities/${c.id}/grid-rating-config`)
      .set(bearer(c.admin))
      .send({
        weights: { completion: 0.5, satisfaction: 0.5, activity: 0.2 },
        cutoffs: { red: 85, yellow: 70 },
      })
      .expect(400);
    await t.http
      .put(`/api/v1/communities/${c.id}/grid-rating-config`)
      .set(bearer(c.admin))
      .send({
        weights: { completion: 0, satisfaction: 0, activity: 1 },
        cutoffs: { red: 90, yellow: 50 },
      })
      .expect(200);
    const sept = (
      await t.http
        .get(`/api/v1/communities/${c.id}/grid-ratings?period=2026-09`)
        .set(bearer(worker))
        .expect(200)
    ).body;
    expect(
      sept.items.every(
        (i: { score: number; colour: string }) => i.score === 0 && i.colour === 'blue',
      ),
    ).toBe(true);
  });

  it('reports the dashboard figures of the fixture', async () => {
    const octDash = (
      await t.http
        .get(`/api/v1/communities/${c.id}/dashboard?from=2026-10-01&to=2026-10-31`)
        .set(bearer(worker))
        .expect(200)
    ).body;
    expect(octDash).toMatchObject({
      wishesReceived: 6,
      wishesClosed: 5,
      closureRate: 0.8333,
      onTimeRate: 0.8,
      meanSatisfaction: 3.8,
      activeVolunteers: 2,
      serviceHours: 2,
    });
    expect(octDash.followUpsOpen).toBe(1);
    const item = (
      await post(c.admin, '/store/items', {
        name: '香皂',
        kind: 'goods',
        pricePoints: 10,
        stock: 3,
      }).expect(201)
    ).body;
    await post(vA, '/store/redemptions', { itemId: item.id, quantity: 1 }).expect(201);
    const now = (
      await t.http
        .get(`/api/v1/communities/${c.id}/dashboard?from=${today()}&to=${today()}`)
        .set(bearer(worker))
        .expect(200)
    ).body;
    // Earned today: wishes 10 + 8 + 5 + 2 + 10 and 2 h of service at 10/h = 55; spent 10.
    expect(now).toMatchObject({
      pointsIssued: 55,
      pointsSpent: 10,
      pointsExpired: 0,
      pointsOutstanding: 45,
    });
    expect(now.lowStock).toEqual([{ id: item.id, name: '香皂', stock: 2 }]);
    await t.http
      .get(`/api/v1/communities/${c.id}/dashboard?from=2026-10-31&to=2026-10-01`)
      .set(bearer(worker))
      .expect(400);
    await t.http
      .get(`/api/v1/communities/${c.id}/dashboard?from=2026-10-01&to=2026-10-31`)
      .set(bearer(rA))
      .expect(403);
  });

  it('ranks volunteers by points earned and by hours, ties deterministic', async () => {
    const points = (
      await t.http
        .get(`/api/v1/communities/${c.id}/leaderboard?metric=points&period=${thisMonth()}`)
        .set(bearer(worker))
        .expect(200)
    ).body;
    expect(
      points.items.map((i: { userId: string; value: number; rank: number }) => [
        i.userId,
        i.value,
        i.rank,
      ]),
    ).toEqual([
      [vA.id, 43, 1],
      [vB.id, 12, 2],
    ]);
    const hours = (
      await t.http
        .get(`/api/v1/communities/${c.id}/leaderboard?metric=hours&period=2026-10`)
        .set(bearer(worker))
        .expect(200)
    ).body;
    expect(hours.items).toEqual([expect.objectContaining({ userId: vA.id, value: 2, rank: 1 })]);
    await t.http
      .get(`/api/v1/communities/${c.id}/leaderboard?metric=fame&period=2026-10`)
      .set(bearer(worker))
      .expect(400);
  });

  it('exports CSV with a BOM that parses back into the same rows', async () => {
    const res = await t.http
      .get(
        `/api/v1/communities/${c.id}/exports/wishes.csv?from=2026-10-01&to=2026-10-31&headers=codes`,
      )
      .set(bearer(c.admin))
      .buffer(true)
      .parse(bytes)
      .expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const buf = res.body as Buffer;
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(buf.toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(Object.values(wishes)));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.find((r) => r.id === wishes.w1)).toMatchObject({
      title: '帮忙修水管',
      status: 'closed',
      rating: '5',
      closed_on_time: 'true',
    });
    for (const name of ['hours', 'points-entries', 'redemptions']) {
      const r = await t.http
        .get(`/api/v1/communities/${c.id}/exports/${name}.csv?from=2026-10-01&to=${today()}`)
        .set(bearer(c.admin))
        .expect(200);
      expect(parse(r.text, { bom: true, columns: true }).length).toBeGreaterThan(0);
    }
    await t.http
      .get(`/api/v1/communities/${c.id}/exports/secrets.csv?from=2026-10-01&to=2026-10-31`)
      .set(bearer(c.admin))
      .expect(404);
    await t.http
      .get(`/api/v1/communities/${c.id}/exports/wishes.csv?from=2026-10-01&to=2026-10-31`)
      .set(bearer(worker))
      .expect(403);
  });

  it('lists the audit log with exactly one entry per staff action', async () => {
    const approve = await t.http
      .get(`/api/v1/audit-log?targetId=${wishes.w1}`)
      .set(bearer(c.admin))
      .expect(200);
    expect(approve.body.items.map((e: { action: string }) => e.action)).toEqual(['wish.approve']);
    // Each entry names its target as it is called (the wish's title), read in one query a type.
    const wish = await t.http.get(`/api/v1/wishes/${wishes.w1}`).set(bearer(c.admin)).expect(200);
    expect(approve.body.items[0].targetName).toBe(wish.body.title);
    const all = await t.http.get('/api/v1/audit-log?limit=100').set(bearer(c.admin)).expect(200);
    for (const e of all.body.items as { targetType: string; targetName: string | null }[])
      expect(e.targetName).toEqual(expect.any(String));
    const rec = await t.http
      .get('/api/v1/audit-log?action=service_record.approve')
      .set(bearer(c.admin))
      .expect(200);
    expect(rec.body.items).toHaveLength(1);
    expect(rec.body.items[0].actorId).toBe(worker.id);
    await t.http.get('/api/v1/audit-log').set(bearer(worker)).expect(403);
  });

  it('freezes a month only once it has ended in the community zone, and reopens it with a reason', async () => {
    // Honolulu (UTC−10): November 2026 ends at 2026-12-01T10:00:00Z.
    const far = await createCommunity(t.http, await loginPlatformAdmin(t.http), {
      timezone: 'Pacific/Honolulu',
    });
    const clock = testClock(t.app);
    const freeze = (period: string) =>
      post(far.admin, `/communities/${far.id}/grid-ratings/${period}/freeze`);
    try {
      clock.at('2026-12-01T09:59:59.000Z');
      const early = await freeze('2026-11').expect(409);
      expect(early.body.code).toBe('INVALID_STATE');
      expect((await freeze('2027-01').expect(409)).body.code).toBe('INVALID_STATE'); // not begun
      const board = await t.http
        .get(`/api/v1/communities/${far.id}/grid-ratings?period=2026-11`)
        .set(bearer(far.admin))
        .expect(200);
      expect(board.body.frozen).toBe(false);
      clock.at('2026-12-01T10:00:00.000Z');
      expect((await freeze('2026-11').expect(200)).body.frozen).toBe(true);
      expect((await freeze('2026-10').expect(200)).body.frozen).toBe(true);
    } finally {
      clock.reset();
    }

    const reopen = (actor: Actor, body: object) =>
      post(actor, `/communities/${far.id}/grid-ratings/2026-11/reopen`, body);
    const farWorker = await createMember(t.http, far.admin, far.id, ['grid_worker']);
    await reopen(farWorker, { reason: '补录' }).expect(403);
    expect((await reopen(far.admin, {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await post(c.admin, `/communities/${far.id}/grid-ratings/2026-11/reopen`, {
      reason: '别的社区',
    }).expect(404); // another community's is not there for them
    const open = await reopen(far.admin, { reason: '补录了漏记的服务时长' }).expect(200);
    expect(open.body.frozen).toBe(false);
    expect((await reopen(far.admin, { reason: '再来一次' }).expect(409)).body.code).toBe(
      'INVALID_STATE',
    );
    const logged = await t.http
      .get(`/api/v1/audit-log?action=grid_ratings.reopen&targetId=${far.id}`)
      .set(bearer(far.admin))
      .expect(200);
    expect(logged.body.items).toHaveLength(1);
    expect(logged.body.items[0].after).toEqual({
      period: '2026-11',
      reason: '补录了漏记的服务时长',
    });
    expect(logged.body.items[0].before).toMatchObject({
      period: '2026-11',
      frozenBy: far.admin.id,
    });
    // Reopened, the month can be frozen again (it has ended).
    expect((await freeze('2026-11').expect(200)).body.frozen).toBe(true);
  });
});
