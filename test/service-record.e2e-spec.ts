import { DispatcherService } from 'src/notifications/dispatcher.service';
import { bearer, loginPlatformAdmin, type Actor } from './factories/actors';
import { ledger } from './factories/points';
import { approvedReport, localDay } from './factories/service';
import { completedAppWish, residentOf, volunteerOf, world, type World } from './factories/world';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';

const HOUR = 3_600_000;

interface Line {
  kind: string;
  id: string;
  date: string;
  title: string;
  content: string;
  minutes: number | null;
  hours: number | null;
  organiser: string;
  approvedBy: string | null;
}

describe('the volunteer record, star levels and badges (issue 29)', () => {
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
  const report = (v: Actor, daysAgo: number, minutes: number, description = '楼道清扫') =>
    approvedReport(t.http, w.worker, v, daysAgo, minutes, description);
  const record = async (who: Actor, query = '') =>
    (await t.http.get(`/api/v1/me/service-record${query}`).set(bearer(who)).expect(200)).body as {
      name: string;
      community: string;
      totals: {
        minutes: number;
        hours: number;
        services: number;
        trainingMinutes: number;
        wishes: number;
      };
      years: { year: number; minutes: number }[];
      services: Line[];
      trainings: Line[];
      honours: { kind: string; title: string; date: string }[];
      recognition: { stars: number; serviceMinutes: number; nextStarHours: number | null };
    };

  it('totals equal the approved minutes: 99 h 59 min has no star, 100 h has one and is announced once', async () => {
    const v = await volunteerOf(t.http, w);
    for (const daysAgo of [1, 2, 3, 4]) await report(v, daysAgo, 24 * 60);
    await report(v, 5, 239);
    // Pending and rejected reports are not on the record.
    await t.http
      .post('/api/v1/service-records')
      .set(bearer(v))
      .send({ date: day(6), minutes: 600, description: '未审核' })
      .expect(201);

    let r = await record(v);
    expect(r.totals.minutes).toBe(99 * 60 + 59);
    expect(r.totals.hours).toBe(99.9);
    expect(r.totals.services).toBe(5);
    expect(r.recognition).toMatchObject({ stars: 0, serviceMinutes: 5999, nextStarHours: 100 });
    expect(r.services.every((l) => l.kind === 'report' && l.approvedBy?.startsWith('Member'))).toBe(
      true,
    );
    expect(r.honours).toEqual([]);

    await report(v, 5, 1);
    r = await record(v);
    expect(r.totals.minutes).toBe(6000);
    expect(r.recognition).toMatchObject({ stars: 1, nextStarHours: 300 });
    expect(r.honours).toEqual([{ kind: 'level', title: '一星志愿者', date: day(0) }]);
    const me = await t.http.get('/api/v1/me').set(bearer(v)).expect(200);
    expect(me.body.recognition).toMatchObject({ stars: 1, serviceMinutes: 6000 });

    // A further approval does not announce the level again.
    await report(v, 7, 30);
    await t.app.get(DispatcherService).drain();
    const inbox = await t.http.get('/api/v1/me/notifications').set(bearer(v)).expect(200);
    const levels = (inbox.body.items as { title: string }[]).filter((n) =>
      n.title.includes('星志愿者'),
    );
    expect(levels.map((n) => n.title)).toEqual(['恭喜您成为一星志愿者']);
  });

  it('lists activities with organiser and approver, trainings apart, and completed wishes', async () => {
    const v = await volunteerOf(t.http, w);
    const clock = testClock(t.app);
    const organise = async (title: string, isTraining: boolean) => {
      const start = Date.now() + HOUR;
      const act = await t.http
        .post('/api/v1/activities')
        .set(bearer(w.worker))
        .send({
          title,
          description: `${title}的内容`,
          place: '社区活动室',
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 2 * HOUR).toISOString(),
          capacity: 5,
          isTraining,
        })
        .expect(201);
      expect(act.body.isTraining).toBe(isTraining);
      await t.http.post(`/api/v1/activities/${act.body.id}/signups`).set(bearer(v)).expect(201);
      clock.at(new Date(start + 3 * HOUR));
      await t.http
        .post(`/api/v1/activities/${act.body.id}/attendances/${v.id}/mark`)
        .set(bearer(w.worker))
        .send({
          checkInAt: new Date(start).toISOString(),
          checkOutAt: new Date(start + 2 * HOUR).toISOString(),
        })
        .expect(200);
      await t.http
        .post(`/api/v1/activities/${act.body.id}/attendances/${v.id}/approve`)
        .set(bearer(w.admin))
        .send({})
        .expect(200);
      clock.reset();
    };
    await organise('敬老院探访', false);
    await organise('急救培训', true);
    const resident = await residentOf(t.http, w);
    await completedAppWish(t.http, w, resident, v);

    const r = await record(v);
    expect(r.totals).toMatchObject({ minutes: 120, services: 1, trainingMinutes: 120, wishes: 1 });
    expect(r.recognition.serviceMinutes).toBe(120); // the training is not service
    const visit = r.services.find((l) => l.kind === 'activity')!;
    expect(visit).toMatchObject({
      title: '敬老院探访',
      content: '敬老院探访的内容',
      minutes: 120,
      hours: 2,
      organiser: expect.stringMatching(/^Member/),
      approvedBy: expect.stringMatching(/^Member/),
    });
    expect(r.services.find((l) => l.kind === 'wish')).toMatchObject({ minutes: null, hours: null });
    expect(r.trainings.map((l) => l.title)).toEqual(['急救培训']);
    const year = Number(day(0).slice(0, 4));
    expect(r.years[0]).toMatchObject({ year, minutes: 120 });
    expect((await record(v, `?year=${year - 1}`)).services).toEqual([]);
    await t.http.get('/api/v1/me/service-record?year=20x6').set(bearer(v)).expect(400);

    // Staff of the community see it; staff of another community do not, nor does a resident.
    const seen = await t.http
      .get(`/api/v1/members/${v.id}/service-record`)
      .set(bearer(w.worker))
      .expect(200);
    expect(seen.body.totals.minutes).toBe(120);
    await t.http
      .get(`/api/v1/members/${v.id}/service-record`)
      .set(bearer(other.worker))
      .expect(404);
    await t.http.get(`/api/v1/members/${v.id}/service-record`).set(bearer(resident)).expect(403);
  });

  it('badges follow lifetime points earned, not the balance', async () => {
    const v = await volunteerOf(t.http, w);
    const points = ledger(t.app, w.id);
    await points.award(v.id, 600);
    const before = (await t.http.get('/api/v1/me').set(bearer(v)).expect(200)).body;
    expect(before.recognition.badge).toEqual({ name: '志愿能手', points: 500 });
    await points.spend(v.id, 550);
    const after = (await t.http.get('/api/v1/me').set(bearer(v)).expect(200)).body;
    expect(after.recognition.lifetimeEarned).toBe(600);
    expect(after.recognition.badge).toEqual({ name: '志愿能手', points: 500 });

    // The community's own thresholds and badges apply.
    await t.http
      .put(`/api/v1/communities/${w.id}/recognition`)
      .set(bearer(w.admin))
      .send({
        starHours: [1, 2],
        badges: [{ name: '金牌', points: 600 }],
        holidays: [],
        workdays: [],
      })
      .expect(200);
    const members = await t.http
      .get(`/api/v1/communities/${w.id}/members?role=volunteer&limit=100`)
      .set(bearer(w.admin))
      .expect(200);
    const mine = (
      members.body.items as { id: string; recognition: { badge: { name: string } } }[]
    ).find((m) => m.id === v.id)!;
    expect(mine.recognition.badge.name).toBe('金牌');
    await t.http
      .put(`/api/v1/communities/${w.id}/recognition`)
      .set(bearer(w.admin))
      .send({ starHours: [300, 100], badges: [], holidays: [], workdays: [] })
      .expect(400);
    await t.http
      .put(`/api/v1/communities/${w.id}/recognition`)
      .set(bearer(w.worker))
      .send({ starHours: [100], badges: [], holidays: [], workdays: [] })
      .expect(403);
    await t.http
      .put(`/api/v1/communities/${w.id}/recognition`)
      .set(bearer(w.admin))
      .send({
        starHours: [100, 300, 600, 1000, 1500],
        badges: [{ name: '志愿能手', points: 500 }],
        holidays: [],
        workdays: [],
      })
      .expect(200);
  });

  it('lists service unrecorded past 10 working days at the second it becomes overdue, weekends and holidays skipped', async () => {
    const o = await world(t.http, await loginPlatformAdmin(t.http));
    const clock = testClock(t.app);
    try {
      // Friday 4 December 2026 in Shanghai: an activity 09:00–10:00 and a self-report.
      clock.at('2026-12-04T00:00:00Z');
      const v = await volunteerOf(t.http, o);
      const act = await t.http
        .post('/api/v1/activities')
        .set(bearer(o.worker))
        .send({
          title: '周五义诊',
          startsAt: '2026-12-04T01:00:00Z',
          endsAt: '2026-12-04T02:00:00Z',
          capacity: 5,
        })
        .expect(201);
      await t.http.post(`/api/v1/activities/${act.body.id}/signups`).set(bearer(v)).expect(201);
      // And one on Sunday 6 December: its deadline is the same Friday 18 December.
      const sunday = await t.http
        .post('/api/v1/activities')
        .set(bearer(o.worker))
        .send({
          title: '周日巡河',
          startsAt: '2026-12-06T01:00:00Z',
          endsAt: '2026-12-06T02:00:00Z',
          capacity: 5,
        })
        .expect(201);
      await t.http.post(`/api/v1/activities/${sunday.body.id}/signups`).set(bearer(v)).expect(201);
      clock.at('2026-12-04T04:00:00Z');
      await t.http
        .post(`/api/v1/activities/${act.body.id}/attendances/${v.id}/mark`)
        .set(bearer(o.worker))
        .send({ checkInAt: '2026-12-04T01:00:00Z', checkOutAt: '2026-12-04T02:00:00Z' })
        .expect(200);
      const report = await t.http
        .post('/api/v1/service-records')
        .set(bearer(v))
        .send({ date: '2026-12-04', minutes: 60, description: '陪同就医' })
        .expect(201);
      clock.at('2026-12-06T04:00:00Z');
      await t.http
        .post(`/api/v1/activities/${sunday.body.id}/attendances/${v.id}/mark`)
        .set(bearer(o.worker))
        .send({ checkInAt: '2026-12-06T01:00:00Z', checkOutAt: '2026-12-06T02:00:00Z' })
        .expect(200);
      const overdue = async () =>
        (
          await t.http
            .get(`/api/v1/communities/${o.id}/overdue-recording`)
            .set(bearer(o.worker))
            .expect(200)
        ).body as {
          asOf: string;
          total: number;
          items: { kind: string; deadline: string; pending: number }[];
        };

      clock.at('2026-12-18T15:59:59Z'); // Friday 18 December, 23:59:59 local: the 10th working day
      expect(await overdue()).toMatchObject({ asOf: '2026-12-18', total: 0 });
      clock.at('2026-12-18T16:00:00Z'); // Saturday 19 December, 00:00:00 local
      const due = await overdue();
      expect(due.total).toBe(3);
      expect(due.items.map((i) => [i.kind, i.deadline, i.pending])).toEqual([
        ...[
          ['activity', '2026-12-18', 1],
          ['report', '2026-12-18', 1],
        ].sort(),
        ['activity', '2026-12-18', 1],
      ]);

      // A holiday on Wednesday 9 December moves the deadline to Monday 21 December.
      await t.http
        .put(`/api/v1/communities/${o.id}/recognition`)
        .set(bearer(o.admin))
        .send({
          starHours: [100, 300, 600, 1000, 1500],
          badges: [],
          holidays: ['2026-12-09'],
          workdays: [],
        })
        .expect(200);
      expect((await overdue()).total).toBe(0);
      clock.at('2026-12-21T16:00:00Z');
      expect((await overdue()).total).toBe(3);

      // Recorded: off the list.
      await t.http
        .post(`/api/v1/activities/${act.body.id}/attendances/${v.id}/approve`)
        .set(bearer(o.admin))
        .send({})
        .expect(200);
      await t.http
        .post(`/api/v1/service-records/${report.body.id}/reject`)
        .set(bearer(o.worker))
        .send({ reason: '重复上报' })
        .expect(200);
      expect((await overdue()).items.map((i) => i.kind)).toEqual(['activity']);
      await t.http
        .get(`/api/v1/communities/${o.id}/overdue-recording`)
        .set(bearer(w.worker))
        .expect(404);
      await t.http.get(`/api/v1/communities/${o.id}/overdue-recording`).set(bearer(v)).expect(403);
    } finally {
      clock.reset();
    }
  });
});
