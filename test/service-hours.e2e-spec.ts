import { DateTime } from 'luxon';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { newId } from 'src/common/ids';
import { toDbTime } from 'src/database/raw-time';
import { AttendanceService } from 'src/service-hours/attendance.service';
import { DEFAULT_RULES } from 'src/points/rules/point-rules';
import { currentCode } from 'src/service-hours/hours.rules';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';

const HOUR = 3_600_000;

describe('service hours', () => {
  let t: TestApp;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let organiser: Actor;

  beforeAll(async () => {
    t = await startApp();
    const platform = await loginPlatformAdmin(t.http);
    a = await createCommunity(t.http, platform);
    b = await createCommunity(t.http, platform);
    organiser = await createMember(t.http, a.admin, a.id, ['grid_worker']);
  });
  afterAll(() => t?.close());

  const volunteer = () => createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
  const activity = async (
    startOffsetH: number,
    endOffsetH: number,
    extra: Record<string, unknown> = {},
  ) =>
    (
      await t.http
        .post('/api/v1/activities')
        .set(bearer(organiser))
        .send({
          title: '垃圾分类值守',
          place: '3号楼门口',
          startsAt: new Date(Date.now() + startOffsetH * HOUR).toISOString(),
          endsAt: new Date(Date.now() + endOffsetH * HOUR).toISOString(),
          capacity: 10,
          ...extra,
        })
        .expect(201)
    ).body as { id: string; pointsPerHour: number };
  const code = async (id: string) =>
    (await t.http.get(`/api/v1/activities/${id}/checkin-code`).set(bearer(organiser)).expect(200))
      .body.code as string;
  const signUp = (v: Actor, id: string) =>
    t.http.post(`/api/v1/activities/${id}/signups`).set(bearer(v));
  const sql = (query: string, params: unknown[]) => t.app.get(DataSource).query(query, params);

  it('sign-up → check-in → check-out → approval → points on the statement and in /me/hours', async () => {
    const act = await activity(-3, 1);
    expect(act.pointsPerHour).toBe(10);
    const v = await volunteer();
    await signUp(v, act.id).expect(201);
    await t.http
      .post(`/api/v1/activities/${act.id}/check-in`)
      .set(bearer(v))
      .send({ code: await code(act.id) })
      .expect(200);
    await sql('UPDATE attendances SET check_in_at = ? WHERE volunteer_id = ?', [
      toDbTime(new Date(Date.now() - 2 * HOUR)),
      v.id,
    ]);
    const out = await t.http
      .post(`/api/v1/activities/${act.id}/check-out`)
      .set(bearer(v))
      .send({ code: await code(act.id) })
      .expect(200);
    expect(out.body).toMatchObject({ status: 'closed', minutes: 120, flagged: false });
    const approve = () =>
      t.http
        .post(`/api/v1/activities/${act.id}/attendances/${v.id}/approve`)
        .set(bearer(organiser))
        .send({});
    const approved = await approve().expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', points: 20 });
    expect((await approve().expect(409)).body.code).toBe('INVALID_STATE');
    const points = await t.http.get('/api/v1/me/points').set(bearer(v)).expect(200);
    expect(points.body.balance).toBe(20);
    const stmt = await t.http.get('/api/v1/me/points/entries').set(bearer(v)).expect(200);
    expect(stmt.body.items).toEqual([
      expect.objectContaining({
        kind: 'earn_service',
        amount: 20,
        sourceType: 'attendance',
        sourceId: approved.body.id,
      }),
    ]);
    const hours = await t.http.get('/api/v1/me/hours').set(bearer(v)).expect(200);
    expect(hours.body).toMatchObject({
      minutesThisMonth: 120,
      minutesThisYear: 120,
      minutesTotal: 120,
    });
    expect(hours.body.attendances[0]).toMatchObject({ status: 'approved', points: 20 });
  });

  it('refuses expired and forged codes, check-out before check-in, and volunteers not signed up', async () => {
    const act = await activity(-1, 2);
    const v = await volunteer();
    const stranger = await volunteer();
    await signUp(v, act.id).expect(201);
    const [{ code_secret: secret }] = await sql('SELECT code_secret FROM activities WHERE id = ?', [
      act.id,
    ]);
    const expired = currentCode(secret as string, act.id, new Date(Date.now() - 2 * 60_000)).code;
    const current = await code(act.id);
    const forged = current === '123456' ? '654321' : '123456';
    for (const bad of [expired, forged].filter((c) => c !== current)) {
      const res = await t.http
        .post(`/api/v1/activities/${act.id}/check-in`)
        .set(bearer(v))
        .send({ code: bad })
        .expect(400);
      expect(res.body.details[0].field).toBe('code');
    }
    const early = await t.http
      .post(`/api/v1/activities/${act.id}/check-out`)
      .set(bearer(v))
      .send({ code: current })
      .expect(409);
    expect(early.body.code).toBe('INVALID_STATE');
    await t.http
      .post(`/api/v1/activities/${act.id}/check-in`)
      .set(bearer(stranger))
      .send({ code: current })
      .expect(403);
    await t.http
      .post(`/api/v1/activities/${act.id}/check-in`)
      .set(bearer(v))
      .send({ code: 'abc' })
      .expect(400);
    await t.http.get(`/api/v1/activities/${act.id}/checkin-code`).set(bearer(v)).expect(403);
    await t.http.get(`/api/v1/activities/${act.id}/checkin-code`).set(bearer(b.admin)).expect(404);
    const png = await t.http
      .get(`/api/v1/activities/${act.id}/checkin-code?format=png`)
      .set(bearer(organiser))
      .expect(200);
    expect(png.headers['content-type']).toBe('image/png');
  });

  it('lets exactly 10 of 30 volunteers signing up at once in', async () => {
    const act = await activity(24, 26);
    const vs = await Promise.all(Array.from({ length: 30 }, volunteer));
    const results = await Promise.all(vs.map((v) => signUp(v, act.id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(results.filter((r) => r.status === 409)).toHaveLength(20);
    const seen = await t.http
      .get(`/api/v1/activities/${act.id}`)
      .set(bearer(organiser))
      .expect(200);
    expect(seen.body.signedUp).toBe(10);
    const winner = vs[results.findIndex((r) => r.status === 201)];
    await t.http.delete(`/api/v1/activities/${act.id}/signups/me`).set(bearer(winner)).expect(204);
    expect(
      (await t.http.get(`/api/v1/activities/${act.id}`).set(bearer(organiser)).expect(200)).body
        .signedUp,
    ).toBe(9);
  });

  it('only approved volunteers sign up, and nobody withdraws after the start', async () => {
    const running = await activity(-1, 1);
    const v = await volunteer();
    await signUp(v, running.id).expect(201);
    await signUp(v, running.id).expect(409);
    expect(
      (
        await t.http
          .delete(`/api/v1/activities/${running.id}/signups/me`)
          .set(bearer(v))
          .expect(409)
      ).body.code,
    ).toBe('INVALID_STATE');
    const resident = await createMember(t.http, a.admin, a.id, ['resident']);
    await signUp(resident, running.id).expect(403);
  });

  it('organisers mark attendance by hand and correct minutes with a reason, audit-logged', async () => {
    const act = await activity(-5, -1);
    const v = await volunteer();
    await sql(
      'INSERT INTO activity_signups (id, activity_id, volunteer_id, created_at) VALUES (?, ?, ?, ?)',
      ['01900000-0000-7000-8000-000000000001', act.id, v.id, toDbTime(new Date())],
    );
    const marked = await t.http
      .post(`/api/v1/activities/${act.id}/attendances/${v.id}/mark`)
      .set(bearer(organiser))
      .send({
        checkInAt: new Date(Date.now() - 6 * HOUR).toISOString(),
        checkOutAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      })
      .expect(200);
    expect(marked.body.minutes).toBe(120); // clipped to the start, 5 h ago
    const base = `/api/v1/activities/${act.id}/attendances/${v.id}/approve`;
    expect(
      (await t.http.post(base).set(bearer(organiser)).send({ minutes: 90 }).expect(400)).body
        .details[0].field,
    ).toBe('reason');
    await t.http.post(base).set(bearer(v)).send({}).expect(403);
    const ok = await t.http
      .post(base)
      .set(bearer(organiser))
      .send({ minutes: 90, reason: 'Left early' })
      .expect(200);
    expect(ok.body).toMatchObject({ minutes: 90, points: 15 });
    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: { action: 'attendance.correct' } });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ minutes: 90, reason: 'Left early' });
  });

  it('closes attendances with no check-out 24 h after the end at the end, flagged', async () => {
    const act = await activity(-1, 1);
    const v = await volunteer();
    await signUp(v, act.id).expect(201);
    await t.http
      .post(`/api/v1/activities/${act.id}/check-in`)
      .set(bearer(v))
      .send({ code: await code(act.id) })
      .expect(200);
    const now = Date.now();
    await sql('UPDATE activities SET starts_at = ?, ends_at = ? WHERE id = ?', [
      toDbTime(new Date(now - 30 * HOUR)),
      toDbTime(new Date(now - 26 * HOUR)),
      act.id,
    ]);
    await sql(
      'UPDATE attendances SET activity_ends_at = ?, check_in_at = ? WHERE activity_id = ?',
      [toDbTime(new Date(now - 26 * HOUR)), toDbTime(new Date(now - 27 * HOUR)), act.id],
    );
    const service = t.app.get(AttendanceService);
    const [x, y] = await Promise.all([
      service.autoClose(new Date()),
      service.autoClose(new Date()),
    ]);
    expect(x.closed + y.closed).toBe(1);
    const list = await t.http
      .get(`/api/v1/activities/${act.id}/attendances`)
      .set(bearer(organiser))
      .expect(200);
    expect(list.body.items[0]).toMatchObject({ status: 'closed', flagged: true, minutes: 60 });
  });

  describe('self-reported service', () => {
    const report = (v: Actor, body: Record<string, unknown>) =>
      t.http.post('/api/v1/service-records').set(bearer(v)).send(body);
    const today = () => new Date().toISOString().slice(0, 10);

    it('rejects future dates, bad values and more than 24 h a day with field details', async () => {
      const v = await volunteer();
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      expect(
        (await report(v, { date: tomorrow, minutes: 30, description: 'x' }).expect(400)).body
          .details[0].field,
      ).toBe('date');
      const bad = await report(v, { date: '2026-13-45', minutes: 0, description: '' }).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'description',
        'minutes',
      ]);
      expect(
        (await report(v, { date: '2026-02-30', minutes: 10, description: 'x' }).expect(400)).body
          .details[0].field,
      ).toBe('date');
      const day = DateTime.now().setZone('Asia/Shanghai').minus({ days: 3 }).toISODate()!;
      await report(v, { date: day, minutes: 1000, description: 'Long day' }).expect(201);
      const over = await report(v, { date: day, minutes: 441, description: 'Too much' }).expect(
        409,
      );
      expect(over.body).toMatchObject({ code: 'LIMIT_EXCEEDED', details: [{ field: 'minutes' }] });
      await report(v, { date: day, minutes: 440, description: 'Fits' }).expect(201);
    });

    it('lists a volunteer their own reports, newest first, with the state of each (GET /me/service-records)', async () => {
      const v = await volunteer();
      const other = await volunteer();
      const first = await report(v, { date: today(), minutes: 30, description: '浇花' }).expect(
        201,
      );
      const second = await report(v, { date: today(), minutes: 45, description: '扫地' }).expect(
        201,
      );
      await report(other, { date: today(), minutes: 60, description: '别人的' }).expect(201);
      await t.http
        .post(`/api/v1/service-records/${first.body.id}/reject`)
        .set(bearer(a.admin))
        .send({ reason: '当天没有这项服务' })
        .expect(200);
      const mine = await t.http.get('/api/v1/me/service-records').set(bearer(v)).expect(200);
      expect(mine.body.items).toEqual([
        expect.objectContaining({ id: second.body.id, status: 'pending', minutes: 45 }),
        expect.objectContaining({
          id: first.body.id,
          status: 'rejected',
          reason: '当天没有这项服务',
        }),
      ]);
      const page1 = await t.http
        .get('/api/v1/me/service-records?limit=1')
        .set(bearer(v))
        .expect(200);
      expect(page1.body.items.map((r: { id: string }) => r.id)).toEqual([second.body.id]);
      const page2 = await t.http
        .get(`/api/v1/me/service-records?limit=1&cursor=${page1.body.nextCursor}`)
        .set(bearer(v))
        .expect(200);
      expect(page2.body.items.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
      const rejected = await t.http
        .get('/api/v1/me/service-records?status=rejected')
        .set(bearer(v))
        .expect(200);
      expect(rejected.body.items).toHaveLength(1);
    });

    it('approval posts points once; rejection needs a reason; staff of other communities cannot decide', async () => {
      const v = await volunteer();
      const rec = await report(v, { date: today(), minutes: 90, description: '帮邻居搬家' }).expect(
        201,
      );
      await t.http
        .post(`/api/v1/service-records/${rec.body.id}/approve`)
        .set(bearer(b.admin))
        .expect(404);
      await t.http
        .post(`/api/v1/service-records/${rec.body.id}/approve`)
        .set(bearer(v))
        .expect(403);
      const ok = await t.http
        .post(`/api/v1/service-records/${rec.body.id}/approve`)
        .set(bearer(organiser))
        .expect(200);
      expect(ok.body).toMatchObject({ status: 'approved', points: 15 });
      await t.http
        .post(`/api/v1/service-records/${rec.body.id}/approve`)
        .set(bearer(organiser))
        .expect(409);
      expect((await t.http.get('/api/v1/me/points').set(bearer(v)).expect(200)).body.balance).toBe(
        15,
      );
      const other = await report(v, { date: today(), minutes: 30, description: 'x' }).expect(201);
      await t.http
        .post(`/api/v1/service-records/${other.body.id}/reject`)
        .set(bearer(organiser))
        .send({})
        .expect(400);
      const rejected = await t.http
        .post(`/api/v1/service-records/${other.body.id}/reject`)
        .set(bearer(organiser))
        .send({ reason: '没有证明' })
        .expect(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', reason: '没有证明', points: 0 });
      const pending = await t.http
        .get('/api/v1/service-records?status=pending')
        .set(bearer(organiser))
        .expect(200);
      expect(pending.body.items.every((r: { status: string }) => r.status === 'pending')).toBe(
        true,
      );
    });

    it('approval may lower the minutes with a reason, never raise them; the day gets the rest back', async () => {
      const v = await volunteer();
      const day = DateTime.now().setZone('Asia/Shanghai').minus({ days: 2 }).toISODate()!;
      const long = await report(v, { date: day, minutes: 600, description: '照看老人' }).expect(
        201,
      );
      await report(v, { date: day, minutes: 840, description: '社区值守' }).expect(201);
      await report(v, { date: day, minutes: 1, description: 'x' }).expect(409); // 24 h reported
      const approve = (body: Record<string, unknown>) =>
        t.http
          .post(`/api/v1/service-records/${long.body.id}/approve`)
          .set(bearer(organiser))
          .send(body);
      const field = async (body: Record<string, unknown>) =>
        (await approve(body).expect(400)).body.details[0].field as string;
      expect(await field({ minutes: 300 })).toBe('reason');
      expect(await field({ minutes: 601, reason: '多报了' })).toBe('minutes');
      const ok = await approve({ minutes: 300, reason: '实际 5 小时' }).expect(200);
      expect(ok.body).toMatchObject({
        status: 'approved',
        minutes: 300,
        reason: '实际 5 小时',
        points: 50,
      });
      await approve({}).expect(409);
      // The 300 minutes not approved are free again for that day, and no more.
      await report(v, { date: day, minutes: 300, description: '补报' }).expect(201);
      await report(v, { date: day, minutes: 1, description: 'x' }).expect(409);
      const audit = await t.app
        .get(DataSource)
        .getRepository(AuditEntry)
        .find({ where: { action: 'service_record.correct', targetId: long.body.id } });
      expect(audit).toHaveLength(1);
      expect(audit[0].before).toMatchObject({ minutes: 600 });
      expect(audit[0].after).toMatchObject({ minutes: 300, reason: '实际 5 小时', points: 50 });
    });
  });

  describe('minutes on the local days they lie on (Honolulu, UTC−10)', () => {
    // Local midnight between 30 Nov and 1 Dec is 2026-12-01T10:00:00Z.
    it('counts an early check-in for an activity after midnight on the activity’s day, in the cap, /me/hours, boards and exports', async () => {
      const platform = await loginPlatformAdmin(t.http);
      const h = await createCommunity(t.http, platform, { timezone: 'Pacific/Honolulu' });
      const rules = { ...DEFAULT_RULES, pointsPerHour: 30 };
      await t.http
        .put(`/api/v1/communities/${h.id}/point-rules`)
        .set(bearer(h.admin))
        .send(rules)
        .expect(200);
      const org = await createMember(t.http, h.admin, h.id, ['grid_worker']);
      const v = await createMember(t.http, h.admin, h.id, ['resident', 'volunteer'], {
        gridId: h.gridId,
      });
      const w = await createMember(t.http, h.admin, h.id, ['resident', 'volunteer'], {
        gridId: h.gridId,
      });
      const clock = testClock(t.app);
      const post = (actor: Actor, path: string, body: object = {}) =>
        t.http.post(`/api/v1${path}`).set(bearer(actor)).send(body);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked below
      const get = async (actor: Actor, path: string): Promise<any> =>
        (await t.http.get(`/api/v1${path}`).set(bearer(actor)).expect(200)).body;
      try {
        clock.at('2026-12-01T08:00:00Z'); // 30 Nov 22:00 local
        const create = async (startsAt: string, endsAt: string) =>
          (
            await post(org, '/activities', {
              title: '夜间巡逻',
              startsAt,
              endsAt,
              capacity: 5,
            }).expect(201)
          ).body.id as string;
        const a = await create('2026-12-01T10:10:00Z', '2026-12-01T12:10:00Z'); // 1 Dec 00:10–02:10
        const b = await create('2026-12-01T09:00:00Z', '2026-12-01T11:00:00Z'); // 30 Nov 23:00–1 Dec 01:00
        await post(v, `/activities/${a}/signups`).expect(201);
        await post(w, `/activities/${b}/signups`).expect(201);

        clock.at('2026-12-01T09:45:00Z'); // 30 Nov 23:45 local: 25 minutes early
        const checkinCode = async (id: string) =>
          (await get(org, `/activities/${id}/checkin-code`)).code as string;
        await post(v, `/activities/${a}/check-in`, { code: await checkinCode(a) }).expect(200);
        clock.at('2026-12-01T12:30:00Z'); // 1 Dec 02:30 local
        await post(v, `/activities/${a}/check-out`, { code: await checkinCode(a) }).expect(200);
        await post(org, `/activities/${b}/attendances/${w.id}/mark`, {
          checkInAt: '2026-12-01T09:00:00Z',
          checkOutAt: '2026-12-01T11:00:00Z',
        }).expect(200);
        const okA = await post(org, `/activities/${a}/attendances/${v.id}/approve`).expect(200);
        expect(okA.body).toMatchObject({ minutes: 120, points: 60 });
        const okB = await post(org, `/activities/${b}/attendances/${w.id}/approve`).expect(200);
        expect(okB.body).toMatchObject({ minutes: 120, points: 60 });

        // The 24-hour cap: v's 120 minutes lie on 1 Dec, none on 30 Nov; w's 60 + 60.
        const report = (actor: Actor, date: string, minutes: number) =>
          post(actor, '/service-records', { date, minutes, description: '入户走访' });
        await report(v, '2026-11-30', 1440).expect(201);
        expect((await report(v, '2026-12-01', 1321).expect(409)).body.code).toBe('LIMIT_EXCEEDED');
        await report(v, '2026-12-01', 1320).expect(201);
        expect((await report(w, '2026-11-30', 1381).expect(409)).body.code).toBe('LIMIT_EXCEEDED');
        const wRecord = await report(w, '2026-11-30', 1380).expect(201);

        // Integer points, halves up: 123 min at 30 points an hour is 61.5 → 62.
        const corrected = await post(org, `/service-records/${wRecord.body.id}/approve`, {
          minutes: 123,
          reason: '核实为 123 分钟',
        }).expect(200);
        expect(corrected.body).toMatchObject({ minutes: 123, points: 62 });

        expect(await get(v, '/me/hours')).toMatchObject({
          minutesThisMonth: 120,
          minutesTotal: 120,
        });
        expect(await get(w, '/me/hours')).toMatchObject({
          minutesThisMonth: 60,
          minutesTotal: 243,
        });
        const board = async (period: string) => {
          const path = `/communities/${h.id}/leaderboard?metric=hours&period=${period}`;
          const { items } = (await get(h.admin, path)) as {
            items: { userId: string; value: number }[];
          };
          return items.map((i) => [i.userId, i.value]);
        };
        expect(await board('2026-11')).toEqual([[w.id, 3.05]]); // 60 + 123 minutes
        expect(await board('2026-12')).toEqual([
          [v.id, 2],
          [w.id, 1],
        ]);
        const hoursOn = async (day: string) => {
          const path = `/communities/${h.id}/dashboard?from=${day}&to=${day}`;
          return ((await get(h.admin, path)) as { serviceHours: number }).serviceHours;
        };
        expect(await hoursOn('2026-11-30')).toBe(3.05);
        expect(await hoursOn('2026-12-01')).toBe(3);

        const csv = async (day: string) => {
          const res = await t.http
            .get(
              `/api/v1/communities/${h.id}/exports/hours.csv?from=${day}&to=${day}&headers=codes`,
            )
            .set(bearer(h.admin))
            .expect(200);
          return (parse(res.text, { bom: true, columns: true }) as Record<string, string>[])
            .filter((r) => r.type === 'attendance')
            .map((r) => [r.volunteer_id, r.date, r.minutes, r.points]);
        };
        expect(await csv('2026-11-30')).toEqual([[w.id, '2026-11-30', '60', '60']]);
        expect((await csv('2026-12-01')).sort()).toEqual(
          [
            [v.id, '2026-12-01', '120', '60'],
            [w.id, '2026-12-01', '60', ''],
          ].sort(),
        );

        // At the second: a minute that ends before midnight counts on the day before; one that
        // ends a second after it does not.
        const newVolunteer = () =>
          createMember(t.http, h.admin, h.id, ['resident', 'volunteer'], { gridId: h.gridId });
        const [x, y] = [await newVolunteer(), await newVolunteer()];
        for (const [who, inAt, outAt] of [
          [x, '2026-12-01T09:59:00Z', '2026-12-01T10:59:00Z'], // 23:59:00–00:59:00
          [y, '2026-12-01T09:59:01Z', '2026-12-01T10:59:01Z'], // 23:59:01–00:59:01
        ] as const) {
          // Signed up before the start (the API closes sign-ups then).
          await sql(
            'INSERT INTO activity_signups (id, activity_id, volunteer_id, created_at) VALUES (?, ?, ?, ?)',
            [newId(), b, who.id, toDbTime(new Date('2026-12-01T08:30:00Z'))],
          );
          await post(org, `/activities/${b}/attendances/${who.id}/mark`, {
            checkInAt: inAt,
            checkOutAt: outAt,
          }).expect(200);
          await post(org, `/activities/${b}/attendances/${who.id}/approve`).expect(200);
        }
        expect(await get(x, '/me/hours')).toMatchObject({ minutesThisMonth: 59, minutesTotal: 60 });
        expect(await get(y, '/me/hours')).toMatchObject({ minutesThisMonth: 60, minutesTotal: 60 });
      } finally {
        clock.reset();
      }
    });
  });
});
