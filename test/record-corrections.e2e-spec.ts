import { DataSource } from 'typeorm';
import { DispatcherService } from 'src/notifications/dispatcher.service';
import { verifyLedger } from 'src/points/verify-ledger';
import { bearer, createMember, loginPlatformAdmin, type Actor } from './factories/actors';
import { approvedReport as reportApproved, localDay } from './factories/service';
import { volunteerOf, world, type World } from './factories/world';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';

const HOUR = 3_600_000;

describe('corrections of the service record (issue 29)', () => {
  let t: TestApp;
  let w: World;
  let other: World;

  beforeAll(async () => {
    t = await startApp();
    const platform = await loginPlatformAdmin(t.http);
    w = await world(t.http, platform);
    other = await world(t.http, platform);
  });
  afterAll(() => t?.close());

  const day = localDay;
  const approvedReport = (v: Actor, daysAgo: number, minutes: number) =>
    reportApproved(t.http, w.worker, v, daysAgo, minutes);
  const ask = (v: Actor, body: object) =>
    t.http.post('/api/v1/me/record-corrections').set(bearer(v)).send(body);
  const balance = async (v: Actor) =>
    (await t.http.get('/api/v1/me/points').set(bearer(v)).expect(200)).body.balance as number;
  const lineMinutes = async (v: Actor, id: string) => {
    const r = await t.http.get('/api/v1/me/service-record').set(bearer(v)).expect(200);
    const all = [...r.body.services, ...r.body.trainings] as { id: string; minutes: number }[];
    return { line: all.find((l) => l.id === id)?.minutes, total: r.body.totals.minutes as number };
  };
  const inbox = async (v: Actor) => {
    await t.app.get(DispatcherService).drain();
    const res = await t.http.get('/api/v1/me/notifications').set(bearer(v)).expect(200);
    return (res.body.items as { title: string; body: string }[]).map(
      (n) => `${n.title}：${n.body}`,
    );
  };
  const ledgerClean = async () => expect(await verifyLedger(t.app.get(DataSource))).toEqual([]);

  it('accepted, moves the line, the totals and the points exactly once, whoever repeats it', async () => {
    const v = await volunteerOf(t.http, w);
    const id = await approvedReport(v, 2, 60);
    expect(await balance(v)).toBe(10);
    const asked = await ask(v, {
      kind: 'report',
      lineId: id,
      minutes: 120,
      reason: '实际服务了两个小时',
    }).expect(201);
    expect(asked.body).toMatchObject({ status: 'pending', fromMinutes: 60, toMinutes: 120 });
    // One open request per line; only one's own lines; a change is a change.
    await ask(v, { kind: 'report', lineId: id, minutes: 90, reason: '再问一次' }).expect(409);
    const stranger = await volunteerOf(t.http, w);
    await ask(stranger, { kind: 'report', lineId: id, minutes: 90, reason: '不是我的' }).expect(
      404,
    );
    await ask(v, { kind: 'activity', lineId: id, minutes: 90, reason: '种类不对' }).expect(404);

    const pending = await t.http
      .get(`/api/v1/communities/${w.id}/record-corrections?status=pending`)
      .set(bearer(w.worker))
      .expect(200);
    expect((pending.body.items as { id: string }[]).map((c) => c.id)).toContain(asked.body.id);

    // Eight accepts at once, half of them the same request repeated with its key.
    const accept = (key: string) =>
      t.http
        .post(`/api/v1/record-corrections/${asked.body.id}/accept`)
        .set(bearer(w.admin))
        .set('Idempotency-Key', key)
        .send({});
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => accept('same-key-1')),
      ...Array.from({ length: 4 }, (_, i) => accept(`other-key-${i}`)),
    ]);
    const accepted = answers.filter((r) => r.status === 200);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(new Set(accepted.map((r) => (r.body as { decidedAt: string }).decidedAt)).size).toBe(1);
    expect(answers.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(accepted[0].body).toMatchObject({ status: 'accepted', pointsDelta: 10 });

    expect(await balance(v)).toBe(20);
    expect(await lineMinutes(v, id)).toEqual({ line: 120, total: 120 });
    const me = await t.http.get('/api/v1/me').set(bearer(v)).expect(200);
    expect(me.body.recognition.serviceMinutes).toBe(120);
    expect(await inbox(v)).toContain(
      `服务记录已更正：${day(2)} 「自主志愿服务」的服务时长已由 60 分钟更正为 120 分钟，补发 10 积分。`,
    );
    const audit = await t.http
      .get(`/api/v1/audit-log?targetId=${id}`)
      .set(bearer(w.admin))
      .expect(200);
    expect((audit.body.items as { action: string }[]).map((e) => e.action)).toEqual(
      expect.arrayContaining(['record_correction.request', 'record_correction.accept']),
    );
    await ledgerClean();
  });

  it('takes back points in proportion when the minutes go down, and refuses with a reason the volunteer is told', async () => {
    const v = await volunteerOf(t.http, w);
    const id = await approvedReport(v, 3, 120);
    expect(await balance(v)).toBe(20);
    const down = await ask(v, { kind: 'report', lineId: id, minutes: 30, reason: '多报了' }).expect(
      201,
    );
    const done = await t.http
      .post(`/api/v1/record-corrections/${down.body.id}/accept`)
      .set(bearer(w.worker))
      .send({ reason: '已核实' })
      .expect(200);
    expect(done.body.pointsDelta).toBe(-15);
    expect(await balance(v)).toBe(5);
    expect(await lineMinutes(v, id)).toEqual({ line: 30, total: 30 });

    const up = await ask(v, {
      kind: 'report',
      lineId: id,
      minutes: 600,
      reason: '其实十小时',
    }).expect(201);
    await t.http
      .post(`/api/v1/record-corrections/${up.body.id}/refuse`)
      .set(bearer(w.worker))
      .send({})
      .expect(400);
    await t.http
      .post(`/api/v1/record-corrections/${up.body.id}/refuse`)
      .set(bearer(other.admin))
      .send({ reason: '别的社区' })
      .expect(404);
    const refused = await t.http
      .post(`/api/v1/record-corrections/${up.body.id}/refuse`)
      .set(bearer(w.worker))
      .send({ reason: '签到记录只有半小时' })
      .expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', pointsDelta: null });
    expect(await lineMinutes(v, id)).toEqual({ line: 30, total: 30 });
    expect(await balance(v)).toBe(5);
    expect(await inbox(v)).toContain(
      `更正申请未通过：${day(3)} 「自主志愿服务」的更正申请未通过。原因：签到记录只有半小时`,
    );
    // Decided: a new request may follow; the volunteer's own list shows both.
    const mine = await t.http.get('/api/v1/me/record-corrections').set(bearer(v)).expect(200);
    expect((mine.body.items as { status: string }[]).map((c) => c.status)).toEqual([
      'refused',
      'accepted',
    ]);
    await ledgerClean();
  });

  it('corrects an activity line within the activity, and staff never decide on their own record', async () => {
    const v = await createMember(t.http, w.admin, w.id, ['resident', 'volunteer', 'grid_worker'], {
      gridId: w.gridId,
    });
    const clock = testClock(t.app);
    const start = Date.now() + HOUR;
    const act = await t.http
      .post('/api/v1/activities')
      .set(bearer(w.admin))
      .send({
        title: '助老理发',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 2 * HOUR).toISOString(),
        capacity: 5,
      })
      .expect(201);
    await t.http.post(`/api/v1/activities/${act.body.id}/signups`).set(bearer(v)).expect(201);
    let attendanceId = '';
    try {
      clock.at(new Date(start + 3 * HOUR));
      const marked = await t.http
        .post(`/api/v1/activities/${act.body.id}/attendances/${v.id}/mark`)
        .set(bearer(w.admin))
        .send({
          checkInAt: new Date(start + HOUR).toISOString(),
          checkOutAt: new Date(start + 2 * HOUR).toISOString(),
        })
        .expect(200);
      attendanceId = marked.body.id as string;
      await t.http
        .post(`/api/v1/activities/${act.body.id}/attendances/${v.id}/approve`)
        .set(bearer(w.admin))
        .send({})
        .expect(200);
    } finally {
      clock.reset();
    }
    await ask(v, {
      kind: 'activity',
      lineId: attendanceId,
      minutes: 121,
      reason: '超过活动时长',
    }).expect(400);
    const asked = await ask(v, {
      kind: 'activity',
      lineId: attendanceId,
      minutes: 120,
      reason: '提前到场帮忙布置',
    }).expect(201);
    // A grid worker may not decide on their own request.
    await t.http
      .post(`/api/v1/record-corrections/${asked.body.id}/accept`)
      .set(bearer(v))
      .send({})
      .expect(403);
    const done = await t.http
      .post(`/api/v1/record-corrections/${asked.body.id}/accept`)
      .set(bearer(w.worker))
      .send({})
      .expect(200);
    expect(done.body.pointsDelta).toBe(10);
    expect(await lineMinutes(v, attendanceId)).toEqual({ line: 120, total: 120 });
    await ledgerClean();
  });
});
