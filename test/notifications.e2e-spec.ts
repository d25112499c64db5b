import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { DispatcherService } from 'src/notifications/dispatcher.service';
import { RemindersService } from 'src/notifications/reminders.service';
import { bearer, createMember, loginPlatformAdmin, type Actor } from './factories/actors';
import { ledger } from './factories/points';
import { qrWish, wishBody } from './factories/wishes';
import { setRules, volunteerOf, world, type World } from './factories/world';
import { testClock } from './helpers/clock';
import { ALL_EVENTS } from './helpers/events';
import { startApp, type TestApp } from './helpers/test-app';

/**
 * Who hears of what: each event reaches the people it concerns through the inbox, and nobody
 * else — not a volunteer of another grid, not anyone of another community, not the person
 * who acted.
 */
describe('notifications: the inbox and who hears of what', () => {
  let t: TestApp;
  let a: World;
  let b: World;
  let grid2: string;
  let v1: Actor; // volunteer of grid 1
  let v2: Actor; // volunteer of grid 2
  let vb: Actor; // volunteer of community B's grid
  let worker2: Actor; // grid worker of grid 2 only
  let resident: Actor;

  const drain = () => t.app.get(DispatcherService).drain();
  const inbox = async (who: Actor, query = '') =>
    (await t.http.get(`/api/v1/me/notifications${query}`).set(bearer(who)).expect(200)).body as {
      items: {
        id: string;
        kind: string;
        title: string;
        body: string;
        link: string;
        read: boolean;
      }[];
      nextCursor: string | null;
      unread: number;
    };
  const kinds = async (who: Actor) => (await inbox(who)).items.map((n) => n.kind).reverse();
  const readAll = (who: Actor) =>
    t.http.post('/api/v1/me/notifications/read').set(bearer(who)).send({ all: true }).expect(200);

  beforeAll(async () => {
    t = await startApp();
    const platform = await loginPlatformAdmin(t.http);
    a = await world(t.http, platform);
    b = await world(t.http, platform);
    grid2 = (
      await t.http
        .post(`/api/v1/communities/${a.id}/grids`)
        .set(bearer(a.admin))
        .send({ name: 'Grid B' })
        .expect(201)
    ).body.id;
    v1 = await volunteerOf(t.http, a);
    v2 = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer'], { gridId: grid2 });
    vb = await volunteerOf(t.http, b);
    worker2 = await createMember(t.http, a.admin, a.id, ['grid_worker'], { gridId: grid2 });
    resident = await createMember(t.http, a.admin, a.id, ['resident'], { gridId: a.gridId });
  });
  afterAll(() => t?.close());

  beforeEach(async () => {
    await drain();
    for (const x of [v1, v2, vb, worker2, resident, a.worker, a.admin, a.staff, b.admin])
      await readAll(x);
  });

  const unreadKinds = async (who: Actor) =>
    (await inbox(who, '?unread=true')).items.map((n) => n.kind).reverse();

  it('a QR wish: staff of its grid review it, its grid volunteers hear it is open, its helper hears the rating', async () => {
    const wish = await qrWish(t.http, a.intakeToken, { title: '帮忙买菜' });
    await drain();
    expect(await unreadKinds(a.worker)).toEqual(['wish.submitted']); // a grid worker of no one grid
    expect(await unreadKinds(a.admin)).toEqual(['wish.submitted']);
    expect(await unreadKinds(worker2)).toEqual([]); // another grid's worker
    expect(await unreadKinds(v1)).toEqual([]); // not open yet
    const review = (await inbox(a.admin)).items[0];
    expect(review).toMatchObject({
      title: '新心愿待审核',
      body: '「帮忙买菜」等待审核。',
      link: '/console/review',
      read: false,
    });

    await t.http.post(`/api/v1/wishes/${wish.id}/approve`).set(bearer(a.worker)).expect(200);
    await drain();
    expect(await unreadKinds(v1)).toEqual(['wish.approved']);
    expect((await inbox(v1)).items[0].title).toBe('网格有新心愿');
    for (const x of [v2, vb, worker2, resident, b.admin]) expect(await unreadKinds(x)).toEqual([]);
    expect(await unreadKinds(a.worker)).toEqual(['wish.submitted']); // nothing new: they approved

    await t.http.post(`/api/v1/wishes/${wish.id}/claim`).set(bearer(v1)).expect(200);
    await t.http
      .post(`/api/v1/wishes/${wish.id}/complete`)
      .set(bearer(v1))
      .send({ note: '已送到' })
      .expect(200);
    await t.http
      .post(`/api/v1/public/wishes/${wish.trackingCode}/feedback`)
      .send({ rating: 2 })
      .expect(200);
    await drain();
    expect((await unreadKinds(v1)).sort()).toEqual([
      'points.earned',
      'wish.approved',
      'wish.rated',
    ]);
    expect((await inbox(v1)).items.map((n) => n.body)).toContain(
      '您帮助完成的心愿「帮忙买菜」获得了 2 星评价。',
    );
    expect(await unreadKinds(a.worker)).toEqual(['wish.submitted', 'wish.follow_up_opened']);
    expect(await unreadKinds(a.admin)).toEqual(['wish.submitted', 'wish.follow_up_opened']);
    expect((await inbox(a.worker)).items[0]).toMatchObject({
      title: '低分评价待回访',
      link: '/console/follow-ups',
    });
    for (const x of [v2, vb, worker2, resident, b.admin]) expect(await unreadKinds(x)).toEqual([]);
  });

  it("a resident's own wish: they hear each step, the helper hears a dispatch, nobody hears their own act", async () => {
    const posted = await t.http
      .post('/api/v1/wishes')
      .set(bearer(resident))
      .send(wishBody({ title: '修水龙头' }))
      .expect(201);
    const id = posted.body.id as string;
    await t.http.post(`/api/v1/wishes/${id}/approve`).set(bearer(a.worker)).expect(200);
    await t.http
      .post(`/api/v1/wishes/${id}/assign`)
      .set(bearer(a.worker))
      .send({ volunteerId: v1.id })
      .expect(200);
    await t.http
      .post(`/api/v1/wishes/${id}/complete`)
      .set(bearer(v1))
      .send({ note: '修好了' })
      .expect(200);
    await drain();
    expect(await unreadKinds(resident)).toEqual([
      'wish.approved',
      'wish.dispatched',
      'wish.completed',
    ]);
    expect((await inbox(resident)).items[0]).toMatchObject({
      title: '请为志愿服务评价',
      link: '/app/my-wishes',
    });
    // v1 heard of the open wish and of the dispatch; not of their own completion.
    expect(await unreadKinds(v1)).toEqual(['wish.approved', 'wish.dispatched']);
    expect(await unreadKinds(v2)).toEqual([]);

    await t.http
      .post(`/api/v1/wishes/${id}/feedback`)
      .set(bearer(resident))
      .send({ rating: 5 })
      .expect(200);
    await drain();
    expect(await unreadKinds(resident)).toEqual([
      'wish.approved',
      'wish.dispatched',
      'wish.completed',
    ]);
    // One transaction publishes both; their order within it is not promised.
    expect((await unreadKinds(v1)).sort()).toEqual([
      'points.earned',
      'wish.approved',
      'wish.dispatched',
      'wish.rated',
    ]);
  });

  it('store: the member hears of a fulfilment or cancellation by staff, not of their own reservation', async () => {
    await ledger(t.app, a.id).award(v1.id, 50, new Date());
    const item = await t.http
      .post('/api/v1/store/items')
      .set(bearer(a.staff))
      .send({ name: '洗衣液', kind: 'goods', pricePoints: 10, stock: 5 })
      .expect(201);
    const reserve = () =>
      t.http
        .post('/api/v1/store/redemptions')
        .set(bearer(v1))
        .send({ itemId: item.body.id, quantity: 1 })
        .expect(201);
    const first = await reserve();
    const second = await reserve();
    await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(a.staff))
      .send({ pickupCode: first.body.pickupCode })
      .expect(200);
    await t.http
      .post(`/api/v1/store/redemptions/${second.body.id}/cancel`)
      .set(bearer(a.staff))
      .expect(200);
    await drain();
    expect(await unreadKinds(v1)).toEqual([
      'points.earned',
      'redemption.fulfilled',
      'redemption.cancelled',
    ]);
    const bodies = (await inbox(v1)).items.map((n) => n.body);
    expect(bodies).toContain('「洗衣液」已领取，扣除 10 积分。');
    expect(bodies).toContain('「洗衣液」的兑换已取消，10 积分已退回。');
    expect(await unreadKinds(a.staff)).toEqual([]);
  });

  it('volunteer decisions, service records and attendance reach the volunteer', async () => {
    const applicant = await createMember(t.http, a.admin, a.id, ['resident'], { gridId: a.gridId });
    await t.http.post('/api/v1/volunteers/apply').set(bearer(applicant)).send({}).expect(201);
    await t.http
      .post(`/api/v1/volunteers/${applicant.id}/approve`)
      .set(bearer(a.admin))
      .expect(201);
    const record = await t.http
      .post('/api/v1/service-records')
      .set(bearer(v2))
      .send({
        date: DateTime.now().minus({ days: 1 }).toISODate(),
        minutes: 90,
        description: '图书馆整理',
      })
      .expect(201);
    await t.http
      .post(`/api/v1/service-records/${record.body.id}/reject`)
      .set(bearer(a.admin))
      .send({ reason: '时间不符' })
      .expect(200);
    const overstated = await t.http
      .post('/api/v1/service-records')
      .set(bearer(v2))
      .send({
        date: DateTime.now().minus({ days: 1 }).toISODate(),
        minutes: 120,
        description: '陪老人聊天',
      })
      .expect(201);
    await t.http
      .post(`/api/v1/service-records/${overstated.body.id}/approve`)
      .set(bearer(a.admin))
      .send({ minutes: 60, reason: '实际陪了 1 小时' })
      .expect(200);
    await drain();
    expect(await unreadKinds(applicant)).toEqual(['volunteer.approved']);
    expect((await inbox(applicant)).items[0].title).toBe('志愿者申请已通过');
    expect(await unreadKinds(v2)).toEqual([
      'service_record.rejected',
      'points.earned',
      'service_record.approved',
    ]);
    const bodies = (await inbox(v2)).items.map((n) => n.body);
    expect(bodies[0]).toBe(
      '您上报的 120 分钟志愿服务核减为 60 分钟后通过审核。原因：实际陪了 1 小时',
    );
    expect(bodies[2]).toBe('您上报的 90 分钟志愿服务未通过审核。原因：时间不符');
  });

  it('pages the inbox by keyset, counts unread, and marks only your own read', async () => {
    for (let i = 0; i < 3; i++) await qrWish(t.http, a.intakeToken, { title: `心愿${i}` });
    await drain();
    const first = await inbox(a.admin, '?unread=true&limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.unread).toBe(3);
    const rest = await inbox(a.admin, `?unread=true&limit=2&cursor=${first.nextCursor}`);
    expect(rest.items.map((n) => n.body)).toEqual(['「心愿0」等待审核。']);
    expect(rest.nextCursor).toBeNull();

    // Someone else's ids are not theirs to mark.
    const mine = first.items.map((n) => n.id);
    const other = await t.http
      .post('/api/v1/me/notifications/read')
      .set(bearer(a.worker))
      .send({ ids: mine })
      .expect(200);
    expect(other.body.marked).toBe(0);
    const marked = await t.http
      .post('/api/v1/me/notifications/read')
      .set(bearer(a.admin))
      .send({ ids: [mine[0]] })
      .expect(200);
    expect(marked.body).toEqual({ marked: 1, unread: 2 });
    expect((await inbox(a.admin)).items[0].read).toBe(true);
    expect((await readAll(a.admin)).body).toEqual({ marked: 2, unread: 0 });

    for (const body of [{}, { ids: [mine[0]], all: true }, { ids: ['x'] }, { all: false }]) {
      const res = await t.http
        .post('/api/v1/me/notifications/read')
        .set(bearer(a.admin))
        .send(body)
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('preferences: an inbox turned off gets nothing; bad times are refused', async () => {
    const quiet = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer'], {
      gridId: a.gridId,
    });
    const set = await t.http
      .put('/api/v1/me/notification-preferences')
      .set(bearer(quiet))
      .send({ inbox: false, sms: false, quietStart: '21:30', quietEnd: '08:00' })
      .expect(200);
    expect(set.body).toEqual({ inbox: false, sms: false, quietStart: '21:30', quietEnd: '08:00' });
    const wish = await qrWish(t.http, a.intakeToken);
    await t.http.post(`/api/v1/wishes/${wish.id}/approve`).set(bearer(a.worker)).expect(200);
    await drain();
    expect(await kinds(quiet)).toEqual([]);
    expect(await unreadKinds(v1)).toEqual(['wish.approved']);
    await t.http
      .put('/api/v1/me/notification-preferences')
      .set(bearer(quiet))
      .send({ inbox: true, sms: false, quietStart: '24:00', quietEnd: '08:00' })
      .expect(400);
    const got = await t.http
      .get('/api/v1/me/notification-preferences')
      .set(bearer(resident))
      .expect(200);
    expect(got.body).toEqual({ inbox: true, sms: false, quietStart: '22:00', quietEnd: '07:00' });
  });

  it('fans each event out once, however often and however many dispatchers run', async () => {
    const wish = await qrWish(t.http, a.intakeToken);
    const dispatcher = t.app.get(DispatcherService);
    await Promise.all([dispatcher.drain(), dispatcher.drain(), dispatcher.drain()]);
    await drain();
    expect(await unreadKinds(a.admin)).toEqual(['wish.submitted']);
    const [{ n }] = await t.app
      .get(DataSource)
      .query(
        `SELECT COUNT(*) AS n FROM notifications WHERE event_id IN (SELECT id FROM ${ALL_EVENTS} WHERE subject_id = ?)`,
        [wish.id],
      );
    expect(Number(n)).toBe(2); // the community-wide grid worker and the admin
  });

  describe('reminders raised by time (test clock)', () => {
    const clock = () => testClock(t.app);
    afterEach(() => clock().reset());
    const remind = async (at: Date) => {
      await t.app.get(RemindersService).run(at);
      await drain();
    };

    it('an activity starting within the hour: its signed-up volunteers, once', async () => {
      const startsAt = DateTime.now().plus({ days: 2 }).startOf('minute');
      const activity = await t.http
        .post('/api/v1/activities')
        .set(bearer(a.admin))
        .send({
          title: '敬老院探访',
          place: '幸福敬老院',
          startsAt: startsAt.toISO(),
          endsAt: startsAt.plus({ hours: 2 }).toISO(),
          capacity: 10,
        })
        .expect(201);
      await t.http
        .post(`/api/v1/activities/${activity.body.id}/signups`)
        .set(bearer(v2))
        .expect(201);
      const before = startsAt.minus({ hours: 1, seconds: 1 }).toJSDate();
      await remind(before);
      expect(await unreadKinds(v2)).toEqual([]);
      await remind(startsAt.minus({ hours: 1 }).toJSDate());
      await remind(startsAt.minus({ minutes: 30 }).toJSDate());
      expect(await unreadKinds(v2)).toEqual(['activity.starting']);
      expect((await inbox(v2)).items[0].body).toBe(
        `您报名的活动「敬老院探访」将于 ${startsAt.setZone('Asia/Shanghai').toFormat('M月d日 HH:mm')} 开始，地点：幸福敬老院。`,
      );
      expect(await unreadKinds(v1)).toEqual([]);
    });

    it('a reservation in its last day, and points within 30 days of expiry', async () => {
      const member = await volunteerOf(t.http, a);
      await setRules(t.http, a, { expiry: { mode: 'months', months: 12 } });
      const earnedAt = DateTime.now().minus({ months: 12 }).plus({ days: 10 }).toJSDate();
      await ledger(t.app, a.id).award(member.id, 30, earnedAt);
      // Points: within 30 days of their expiry, told once however often the reminders run.
      await remind(new Date());
      const summary = await t.http.get('/api/v1/me/points').set(bearer(member)).expect(200);
      expect(summary.body.expiringSoon).toHaveLength(1);
      const expiryNotices = async () =>
        (await inbox(member)).items.filter((n) => n.kind === 'points.expiring');
      expect(await expiryNotices()).toHaveLength(1);
      expect((await expiryNotices())[0].body).toMatch(
        /^您有 30 积分将于 \d{4}年\d{1,2}月\d{1,2}日 过期，请及时到积分超市兑换。$/,
      );
      await remind(new Date());
      expect(await expiryNotices()).toHaveLength(1);

      const item = await t.http
        .post('/api/v1/store/items')
        .set(bearer(a.staff))
        .send({ name: '大米', kind: 'goods', pricePoints: 5, stock: 5 })
        .expect(201);
      const r = await t.http
        .post('/api/v1/store/redemptions')
        .set(bearer(member))
        .send({ itemId: item.body.id, quantity: 1 })
        .expect(201);
      const lapses = new Date(r.body.expiresAt as string);
      await remind(new Date(lapses.getTime() - 24 * 3600_000 - 1000));
      expect(await unreadKinds(member)).not.toContain('redemption.lapsing');
      await remind(new Date(lapses.getTime() - 24 * 3600_000));
      expect(await unreadKinds(member)).toContain('redemption.lapsing');
    });
  });
});
