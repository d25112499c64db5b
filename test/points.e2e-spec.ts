import { DataSource } from 'typeorm';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { ExpiryService } from 'src/points/expiry.service';
import { DEFAULT_RULES } from 'src/points/rules/point-rules';
import { verifyLedger } from 'src/points/verify-ledger';
import { toDbTime } from 'src/database/raw-time';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { ledger } from './factories/points';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';

const DAY = 86_400_000;

describe('points ledger', () => {
  let t: TestApp;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let staff: Actor;
  let resident: Actor;

  beforeAll(async () => {
    t = await startApp();
    const platform = await loginPlatformAdmin(t.http);
    a = await createCommunity(t.http, platform);
    b = await createCommunity(t.http, platform);
    staff = await createMember(t.http, a.admin, a.id, ['store_staff']);
    resident = await createMember(t.http, a.admin, a.id, ['resident']);
  });
  afterAll(() => t?.close());

  const points = (actor: Actor) => t.http.get('/api/v1/me/points').set(bearer(actor)).expect(200);
  const entries = (actor: Actor, q = '') =>
    t.http.get(`/api/v1/me/points/entries${q}`).set(bearer(actor)).expect(200);
  const adjust = (actor: Actor, userId: string, delta: number, key?: string) => {
    const req = t.http.post(`/api/v1/members/${userId}/points/adjustments`).set(bearer(actor));
    if (key) void req.set('Idempotency-Key', key);
    return req.send({ delta, reason: `adjust ${delta}` });
  };
  const expectLedgerOk = async () => expect(await verifyLedger(t.app.get(DataSource))).toEqual([]);

  it('starts a member at zero without creating anything', async () => {
    const fresh = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    expect((await points(fresh)).body).toEqual({
      balance: 0,
      lifetimeEarned: 0,
      lifetimeSpent: 0,
      expiringSoon: [],
    });
    expect((await entries(fresh)).body).toEqual({ items: [], nextCursor: null });
  });

  it('award → spend → refund → expire: balances, lots and the statement entry by entry', async () => {
    await t.http
      .put(`/api/v1/communities/${a.id}/point-rules`)
      .set(bearer(a.admin))
      .send({
        pointsPerHour: 10,
        wishPoints: { 1: 0, 2: 2, 3: 5, 4: 8, 5: 10 },
        categoryMultipliers: {},
        pairMonthlyCap: 3,
        volunteerMonthlyCap: null,
        monthlyIssuanceBudget: null,
        expiry: { mode: 'months', months: 1 },
      })
      .expect(200);
    const v = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    const l = ledger(t.app, a.id);
    const now = Date.now();

    const old = await l.award(v.id, 30, new Date(now - 25 * DAY)); // expires in about 6 days
    const recent = await l.award(v.id, 50, new Date(now - 10 * DAY)); // expires in about 3 weeks
    expect(old.ruleVersion).toBe(1);
    await adjust(a.admin, v.id, 20).expect(201);

    const summary = (await points(v)).body;
    expect(summary).toMatchObject({ balance: 100, lifetimeEarned: 100, lifetimeSpent: 0 });
    expect(summary.expiringSoon.map((e: { points: number }) => e.points)).toEqual([30, 50]);
    expect(new Date(summary.expiringSoon[0].expiresAt).getTime()).toBeGreaterThan(now);

    const r1 = await l.spend(v.id, 20); // takes 20 of the soonest-expiring lot (the old one)
    expect((await points(v)).body).toMatchObject({ balance: 80, lifetimeSpent: 20 });
    await l.refund(r1.sourceId); // back into that same lot
    expect((await points(v)).body).toMatchObject({ balance: 100, lifetimeSpent: 0 });
    await expect(l.refund(r1.sourceId)).rejects.toMatchObject({ code: 'CONFLICT' });
    await l.spend(v.id, 10); // the old lot again: 20 left in it

    // A week later the old lot has lapsed: the expiry run posts what is left of it.
    const clock = testClock(t.app);
    const later = clock.at(new Date(now + 7 * DAY));
    const expiry = await t.app.get(ExpiryService).expireDue(later);
    expect(expiry).toMatchObject({ lots: 1, points: 20 });
    expect((await t.app.get(ExpiryService).expireDue(later)).lots).toBe(0);
    clock.reset();

    const statement = (await entries(v)).body.items.map(
      (e: { kind: string; amount: number; balanceAfter: number }) => [
        e.kind,
        e.amount,
        e.balanceAfter,
      ],
    );
    expect(statement).toEqual([
      ['expire', -20, 70],
      ['redeem', -10, 90],
      ['refund', 20, 100],
      ['redeem', -20, 80],
      ['adjust', 20, 100],
      ['earn_wish', 50, 80],
      ['earn_wish', 30, 30],
    ]);
    const first = (await entries(v)).body.items[6];
    expect(first).toMatchObject({
      sourceType: 'wish',
      sourceId: old.sourceId,
      note: 'Wish feedback',
    });
    expect(recent.amount).toBe(50);

    const page1 = (await entries(v, '?limit=3')).body;
    const page2 = (await entries(v, `?limit=3&cursor=${page1.nextCursor}`)).body;
    const page3 = (await entries(v, `?limit=3&cursor=${page2.nextCursor}`)).body;
    expect(
      [...page1.items, ...page2.items, ...page3.items].map((e: { kind: string }) => e.kind),
    ).toEqual(statement.map((s: unknown[]) => s[0]));
    expect(page3.nextCursor).toBeNull();
    expect((await points(v)).body).toMatchObject({
      balance: 70,
      lifetimeEarned: 100,
      lifetimeSpent: 10,
    });
    await expectLedgerOk();
  });

  it('refuses a spend the balance does not cover with INSUFFICIENT_POINTS and changes nothing', async () => {
    const v = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    const l = ledger(t.app, a.id);
    await l.award(v.id, 5);
    await expect(l.spend(v.id, 6)).rejects.toMatchObject({
      code: 'INSUFFICIENT_POINTS',
      statusCode: 409,
    });
    expect((await points(v)).body.balance).toBe(5);
    expect((await entries(v)).body.items).toHaveLength(1);
  });

  it('posts one source at most once per kind', async () => {
    const v = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    const l = ledger(t.app, a.id);
    await l.award(v.id, 5, new Date(), 'wish-once');
    await expect(l.award(v.id, 5, new Date(), 'wish-once')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await points(v)).body.balance).toBe(5);
  });

  describe('point rules', () => {
    const valid = {
      pointsPerHour: 12,
      wishPoints: { 1: 0, 2: 3, 3: 6, 4: 9, 5: 12 },
      categoryMultipliers: { medical_escort: 1.5 },
      pairMonthlyCap: 2,
      volunteerMonthlyCap: 300,
      monthlyIssuanceBudget: null,
      expiry: { mode: 'year_end' },
    };

    it('starts at version 0 with the defaults and adds a version per change', async () => {
      const before = await t.http
        .get(`/api/v1/communities/${b.id}/point-rules`)
        .set(bearer(b.admin))
        .expect(200);
      expect(before.body).toMatchObject({
        version: 0,
        pointsPerHour: 10,
        expiry: { mode: 'none' },
      });
      const v1 = await t.http
        .put(`/api/v1/communities/${b.id}/point-rules`)
        .set(bearer(b.admin))
        .send(valid)
        .expect(200);
      expect(v1.body).toMatchObject({ ...valid, version: 1 });
      const v2 = await t.http
        .put(`/api/v1/communities/${b.id}/point-rules`)
        .set(bearer(b.admin))
        .send({ ...valid, pointsPerHour: 15 })
        .expect(200);
      expect(v2.body).toMatchObject({ version: 2, pointsPerHour: 15 });
      const member = await createMember(t.http, b.admin, b.id, ['resident']);
      expect(
        (
          await t.http
            .get(`/api/v1/communities/${b.id}/point-rules`)
            .set(bearer(member))
            .expect(200)
        ).body.version,
      ).toBe(2);
    });

    it.each([
      ['an incomplete rating map', { wishPoints: { 1: 0, 2: 2, 4: 8, 5: 10 } }, 'wishPoints.3'],
      ['a negative value', { pointsPerHour: -1 }, 'pointsPerHour'],
      ['an unknown expiry mode', { expiry: { mode: 'weekly' } }, 'expiry.mode'],
      ['months without a number', { expiry: { mode: 'months' } }, 'expiry.months'],
      ['an unknown category', { categoryMultipliers: { karaoke: 2 } }, 'categoryMultipliers'],
    ])('rejects %s with a field error', async (_name, change, field) => {
      const res = await t.http
        .put(`/api/v1/communities/${b.id}/point-rules`)
        .set(bearer(b.admin))
        .send({ ...valid, ...change })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('lets only admins of the community change the rules', async () => {
      await t.http
        .put(`/api/v1/communities/${b.id}/point-rules`)
        .set(bearer(staff))
        .send(valid)
        .expect(403);
      await t.http
        .put(`/api/v1/communities/${b.id}/point-rules`)
        .set(bearer(a.admin))
        .send(valid)
        .expect(404);
      await t.http.get(`/api/v1/communities/${b.id}/point-rules`).set(bearer(resident)).expect(404);
    });
  });

  describe('staff views and adjustments', () => {
    it('shows a member’s points to staff of the community only', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
      await ledger(t.app, a.id).award(v.id, 7);
      const res = await t.http.get(`/api/v1/members/${v.id}/points`).set(bearer(staff)).expect(200);
      expect(res.body).toMatchObject({ userId: v.id, balance: 7 });
      const stmt = await t.http
        .get(`/api/v1/members/${v.id}/points/entries`)
        .set(bearer(staff))
        .expect(200);
      expect(stmt.body.items).toHaveLength(1);
      await t.http.get(`/api/v1/members/${v.id}/points`).set(bearer(resident)).expect(403);
      await t.http.get(`/api/v1/members/${v.id}/points`).set(bearer(b.admin)).expect(404);
    });

    it('audit-logs adjustments and refuses one that would overdraw', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      const ok = await adjust(a.admin, v.id, 15).expect(201);
      expect(ok.body).toMatchObject({ delta: 15, balance: 15 });
      const over = await adjust(a.admin, v.id, -16).expect(409);
      expect(over.body.code).toBe('INSUFFICIENT_POINTS');
      expect((await points(v)).body.balance).toBe(15);
      await adjust(staff, v.id, 5).expect(403);
      await adjust(b.admin, v.id, 5).expect(404);
      const audit = await t.app
        .get(DataSource)
        .getRepository(AuditEntry)
        .find({ where: { targetId: v.id, action: 'points.adjust' } });
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ balance: 15, delta: 15, reason: 'adjust 15' });
      const bad = await t.http
        .post(`/api/v1/members/${v.id}/points/adjustments`)
        .set(bearer(a.admin))
        .send({ delta: 0, reason: '' })
        .expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'delta',
        'reason',
      ]);
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the first response for a repeat and has one effect', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      const first = await adjust(a.admin, v.id, 10, 'key-one').expect(201);
      const again = await adjust(a.admin, v.id, 10, 'key-one').expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replay']).toBe('true');
      expect((await points(v)).body.balance).toBe(10);
    });

    it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with a different request', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      await adjust(a.admin, v.id, 10, 'key-two').expect(201);
      const res = await adjust(a.admin, v.id, 11, 'key-two').expect(422);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('replays a stored 4xx with its code', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      await adjust(a.admin, v.id, -5, 'key-three').expect(409);
      await adjust(a.admin, v.id, 50).expect(201);
      const replay = await adjust(a.admin, v.id, -5, 'key-three').expect(409);
      expect(replay.body.code).toBe('INSUFFICIENT_POINTS');
      expect((await points(v)).body.balance).toBe(50);
    });

    it('scopes keys per caller', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      const otherAdmin = await createMember(t.http, a.admin, a.id, ['community_admin']);
      await adjust(a.admin, v.id, 1, 'shared-key').expect(201);
      await adjust(otherAdmin, v.id, 1, 'shared-key').expect(201);
      expect((await points(v)).body.balance).toBe(2);
    });

    it('gives 20 parallel requests with one key one effect and identical responses', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => adjust(a.admin, v.id, 3, 'key-parallel')),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
      const bodies = new Set(results.map((r) => JSON.stringify(r.body)));
      expect(bodies.size).toBe(1);
      expect((await points(v)).body.balance).toBe(3);
      expect((await entries(v)).body.items).toHaveLength(1);
    });

    it('rejects a malformed key', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      await adjust(a.admin, v.id, 1, 'bad key with spaces').expect(400);
    });
  });

  describe('under concurrency', () => {
    it('50 parallel debits of 10 against 100 points: exactly 10 succeed, balance 0, ledger intact', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident']);
      await adjust(a.admin, v.id, 100).expect(201);
      const results = await Promise.all(
        Array.from({ length: 50 }, () => adjust(a.admin, v.id, -10)),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(40);
      expect(
        results.filter((r) => r.status === 409).every((r) => r.body.code === 'INSUFFICIENT_POINTS'),
      ).toBe(true);
      expect((await points(v)).body.balance).toBe(0);
      await expectLedgerOk();
    });

    it('50 parallel service spends of 10 against 100 points: exactly 10 succeed', async () => {
      const v = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
      const l = ledger(t.app, a.id);
      for (let i = 0; i < 4; i++) await l.award(v.id, 25, new Date(Date.now() - i * DAY));
      const results = await Promise.allSettled(Array.from({ length: 50 }, () => l.spend(v.id, 10)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
      expect((await points(v)).body.balance).toBe(0);
      await expectLedgerOk();
    });

    it('runs each expiry period once across instances, and two overlapping runs expire a lot once', async () => {
      const jobs = t.app.get(JobRunsService);
      const work = () => Promise.resolve({ summary: 'ran' });
      const [x, y] = await Promise.all([
        jobs.runOnce('test-job', '2026-11-22T08', work),
        jobs.runOnce('test-job', '2026-11-22T08', work),
      ]);
      expect([x, y].filter(Boolean)).toHaveLength(1);

      const v = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
      await ledger(t.app, a.id).award(v.id, 40, new Date(Date.now() - 90 * DAY));
      const expiry = t.app.get(ExpiryService);
      const runs = await Promise.all([expiry.expireDue(new Date()), expiry.expireDue(new Date())]);
      expect(runs.reduce((n, r) => n + r.points, 0)).toBeGreaterThanOrEqual(40);
      expect((await points(v)).body.balance).toBe(0);
      expect(
        (await entries(v)).body.items.filter((e: { kind: string }) => e.kind === 'expire'),
      ).toHaveLength(1);
      await expectLedgerOk();
    });
  });

  it('shows staff a lapsed, unposted lot as members see it: out of every balance and total', async () => {
    const platform = await loginPlatformAdmin(t.http);
    const c = await createCommunity(t.http, platform);
    await t.http
      .put(`/api/v1/communities/${c.id}/point-rules`)
      .set(bearer(c.admin))
      .send({ ...DEFAULT_RULES, expiry: { mode: 'months', months: 1 } })
      .expect(200);
    const v = await createMember(t.http, c.admin, c.id, ['resident', 'volunteer']);
    const l = ledger(t.app, c.id);
    const now = Date.now();
    const earned = new Date(now - 40 * DAY);
    const old = await l.award(v.id, 30, earned); // lapsed about 9 days ago, not posted
    await l.award(v.id, 50, new Date(now - 2 * DAY));
    // As if credited when earned (a lot credited already lapsed lapses when it is credited).
    await t.app
      .get(DataSource)
      .query('UPDATE point_lots SET created_at = ?, updated_at = ? WHERE transfer_id = ?', [
        toDbTime(earned),
        toDbTime(earned),
        old.id,
      ]);
    const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    const dashboard = async (from: string) =>
      (
        await t.http
          .get(`/api/v1/communities/${c.id}/dashboard?from=${from}&to=${day(now)}`)
          .set(bearer(c.admin))
          .expect(200)
      ).body as { pointsOutstanding: number; pointsExpired: number; pointsIssued: number };

    expect((await points(v)).body.balance).toBe(50);
    const staffView = await t.http
      .get(`/api/v1/members/${v.id}/points`)
      .set(bearer(c.admin))
      .expect(200);
    expect(staffView.body.balance).toBe(50);
    expect(await dashboard(day(now - 20 * DAY))).toMatchObject({
      pointsOutstanding: 50,
      pointsExpired: 30,
    });
    // Lapsed before the range: not expired within it, and still not outstanding.
    expect(await dashboard(day(now - 5 * DAY))).toMatchObject({
      pointsOutstanding: 50,
      pointsExpired: 0,
    });
    const adjusted = await adjust(c.admin, v.id, 5).expect(201);
    expect(adjusted.body.balance).toBe(55);

    // The hourly run posts the lapsed lot: no figure moves.
    expect(await t.app.get(ExpiryService).expireDue(new Date())).toMatchObject({ points: 30 });
    expect((await points(v)).body.balance).toBe(55);
    expect(await dashboard(day(now - 21 * DAY))).toMatchObject({
      pointsOutstanding: 55,
      pointsExpired: 30,
    });
    await expectLedgerOk();
  });
});
