import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import { parse } from 'csv-parse/sync';
import { sign } from 'jsonwebtoken';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { fromDbTime } from 'src/database/raw-time';
import { verifyLedger } from 'src/points/verify-ledger';
import {
  bearer,
  createMember,
  login,
  loginPlatformAdmin,
  PASSWORD,
  type Actor,
} from './factories/actors';
import { nextPhone } from './factories/phones';
import { qrWish, wishBody } from './factories/wishes';
import {
  completedAppWish,
  completedQrWish,
  residentOf,
  setRules,
  volunteerOf,
  world,
  type World,
} from './factories/world';
import { testClock } from './helpers/clock';
import { ENGINE } from './helpers/test-db';
import { startApp, type TestApp } from './helpers/test-app';

const ZONE = 'Asia/Shanghai';
const MINUTE = 60_000;
const spaced = (phone: string) => `${phone.slice(0, 3)} ${phone.slice(3, 7)}-${phone.slice(7)}`;

/**
 * Tried as insiders would: every rule that keeps people from minting points, paying twice or
 * keeping rights they lost, one case per rule, each failing if its guard is removed. The race
 * cases fire identical requests at once (on MariaDB when DATABASE_URL names it) and expect the
 * exact total.
 */
describe('abuse: points and store integrity', () => {
  let t: TestApp;
  let platform: Actor;
  let clock: ReturnType<typeof testClock>;

  beforeAll(async () => {
    t = await startApp();
    platform = await loginPlatformAdmin(t.http);
    clock = testClock(t.app);
  });
  afterEach(() => clock.reset());
  afterAll(() => t?.close());

  const as = (actor: Actor) => ({
    get: (path: string) => t.http.get(`/api/v1${path}`).set(bearer(actor)),
    post: (path: string, body: object = {}) =>
      t.http.post(`/api/v1${path}`).set(bearer(actor)).send(body),
    patch: (path: string, body: object) =>
      t.http.patch(`/api/v1${path}`).set(bearer(actor)).send(body),
  });
  const balance = async (actor: Actor): Promise<number> =>
    (await as(actor).get('/me/points').expect(200)).body.balance as number;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.app.get(DataSource).query<T[]>(query, params);
  const expectLedgerOk = async () => expect(await verifyLedger(t.app.get(DataSource))).toEqual([]);
  const adjust = (w: World, member: Actor, delta: number) =>
    as(w.admin).post(`/members/${member.id}/points/adjustments`, { delta, reason: 'test' });
  const item = async (w: World, over: object = {}) =>
    (
      await as(w.staff)
        .post('/store/items', { name: '大米', kind: 'goods', pricePoints: 10, stock: 100, ...over })
        .expect(201)
    ).body.id as string;
  const auditOf = async (w: World, targetId: string) =>
    (await as(w.admin).get(`/audit-log?targetId=${targetId}&limit=100`).expect(200)).body.items as {
      action: string;
      actorId: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
  /** Completed wishes, each by its own resident unless `resident` is given, all helped by `helper`. */
  async function completedWishes(w: World, helper: Actor, n: number, resident?: Actor) {
    const out: { id: string; owner: Actor }[] = [];
    for (let i = 0; i < n; i++) {
      const owner = resident ?? (await residentOf(t.http, w));
      out.push({ id: await completedAppWish(t.http, w, owner, helper), owner });
    }
    return out;
  }
  /** `organiser` records `helper`'s attendance of activity `id` from `from` to `to`. */
  const mark = (organiser: Actor, id: string, helper: Actor, from: DateTime, to: DateTime) =>
    as(organiser).post(`/activities/${id}/attendances/${helper.id}/mark`, {
      checkInAt: from.toISO(),
      checkOutAt: to.toISO(),
    });
  /** A local instant: `days` from today's local midnight, at hh:mm. */
  const local = (days: number, hour: number, minute = 0) =>
    DateTime.now().setZone(ZONE).startOf('day').plus({ days, hours: hour, minutes: minute });
  /** An activity created and signed up to at `created`, by `organiser`, with `helper` on it. */
  async function activity(
    w: World,
    organiser: Actor,
    helper: Actor,
    window: { from: DateTime; to: DateTime; created: DateTime; pointsPerHour?: number },
  ): Promise<string> {
    clock.at(window.created.toJSDate());
    const a = await as(organiser)
      .post('/activities', {
        title: '社区巡逻',
        startsAt: window.from.toISO(),
        endsAt: window.to.toISO(),
        capacity: 10,
        ...(window.pointsPerHour ? { pointsPerHour: window.pointsPerHour } : {}),
      })
      .expect(201);
    await as(helper).post(`/activities/${a.body.id}/signups`).expect(201);
    return a.body.id as string;
  }

  describe("a new community's system accounts", () => {
    it('a refused first redemption does not break the store of a new community', async () => {
      const w = await world(t.http, platform);
      const member = await residentOf(t.http, w);
      const itemId = await item(w, { name: '食用油' });
      const redeem = () => as(member).post('/store/redemptions', { itemId, quantity: 1 });
      // The very first redemption of the community creates its store account, then is refused.
      expect((await redeem().expect(409)).body.code).toBe('INSUFFICIENT_POINTS');
      await adjust(w, member, 10).expect(201);
      expect((await redeem().expect(201)).body.status).toBe('reserved');
    });

    it('a refused first adjustment does not break awards in a new community', async () => {
      const w = await world(t.http, platform);
      const member = await residentOf(t.http, w);
      // Debiting an empty account creates the issuance account first, then is refused.
      expect((await adjust(w, member, -5).expect(409)).body.code).toBe('INSUFFICIENT_POINTS');
      expect((await adjust(w, member, 5).expect(201)).body.balance).toBe(5);
    });
  });

  describe('nobody earns from a wish they asked for, posted or rated', () => {
    let w: World;
    beforeAll(async () => {
      w = await world(t.http, platform);
    });

    it("a QR wish giving a member's own phone, however typed, is theirs: they cannot take it on", async () => {
      const v = await volunteerOf(t.http, w);
      const wish = await qrWish(t.http, w.intakeToken, { contactPhone: spaced(v.phone) });
      const seen = (await as(w.worker).get(`/wishes/${wish.id}`).expect(200)).body;
      expect(seen).toMatchObject({ ownerId: v.id, contactPhone: v.phone });
      await as(w.worker).post(`/wishes/${wish.id}/approve`).expect(200);
      await as(v).post(`/wishes/${wish.id}/claim`).expect(403);
      const assign = await as(w.worker)
        .post(`/wishes/${wish.id}/assign`, { volunteerId: v.id })
        .expect(400);
      expect(assign.body.details[0].field).toBe('volunteerId');
    });

    it('a volunteer who joins after a QR wish gave their number cannot take that wish on', async () => {
      const phone = nextPhone();
      const wish = await qrWish(t.http, w.intakeToken, { contactPhone: phone });
      await as(w.worker).post(`/wishes/${wish.id}/approve`).expect(200);
      const v = await createMember(t.http, w.admin, w.id, ['resident', 'volunteer'], { phone });
      expect((await as(w.worker).get(`/wishes/${wish.id}`)).body.ownerId).toBeNull();
      await as(v).post(`/wishes/${wish.id}/claim`).expect(403);
    });

    it("a wish's owner cannot take it on, even when its contact phone is no longer theirs", async () => {
      const v = await volunteerOf(t.http, w);
      const own = await as(v).post('/wishes', wishBody()).expect(201);
      await as(w.worker).post(`/wishes/${own.body.id}/approve`).expect(200);
      await sql('UPDATE wishes SET contact_phone = ? WHERE id = ?', [nextPhone(), own.body.id]);
      await as(v).post(`/wishes/${own.body.id}/claim`).expect(403);
    });

    it('a wish taken on before these rules, by its own resident, earns nothing when rated', async () => {
      // Claimed under the old rules: the QR wish gave the claimer's phone, or was theirs.
      for (const column of ['contact_phone', 'owner_id'] as const) {
        const v = await volunteerOf(t.http, w);
        const wish = await completedQrWish(t.http, w, v);
        await sql(`UPDATE wishes SET ${column} = ? WHERE id = ?`, [
          column === 'owner_id' ? v.id : v.phone,
          wish.id,
        ]);
        const res = await t.http
          .post(`/api/v1/public/wishes/${wish.trackingCode}/feedback`)
          .send({ rating: 5 })
          .expect(403);
        expect(res.body.message).toMatch(/asked for/);
        expect(await balance(v)).toBe(0);
      }
    });

    it('a signed-in volunteer who posts by QR for a neighbour cannot take the wish on', async () => {
      const v = await volunteerOf(t.http, w);
      const posted = await t.http
        .post('/api/v1/public/wishes')
        .set(bearer(v))
        .send({
          privacyVersion: PRIVACY_NOTICE.version,
          gridToken: w.intakeToken,
          contactName: '邻居',
          contactPhone: nextPhone(),
          ...wishBody(),
        })
        .expect(201);
      expect((await as(w.worker).get(`/wishes/${posted.body.id}`)).body.submittedBy).toBe(v.id);
      await as(w.worker).post(`/wishes/${posted.body.id}/approve`).expect(200);
      await as(v).post(`/wishes/${posted.body.id}/claim`).expect(403);
    });

    it('a grid worker who volunteers cannot take on a wish they posted for a resident', async () => {
      const gw = await volunteerOf(t.http, w, ['grid_worker']);
      const posted = await as(gw)
        .post('/wishes', {
          ...wishBody(),
          onBehalfOf: { name: '李大爷', phone: nextPhone() },
          gridId: w.gridId,
        })
        .expect(201);
      await as(gw).post(`/wishes/${posted.body.id}/claim`).expect(403);
      await as(w.worker)
        .post(`/wishes/${posted.body.id}/assign`, { volunteerId: gw.id })
        .expect(400);
    });

    it('the claimer cannot rate by tracking code, even signed in: the wish stays completed', async () => {
      const v = await volunteerOf(t.http, w);
      const wish = await completedQrWish(t.http, w, v);
      const res = await t.http
        .post(`/api/v1/public/wishes/${wish.trackingCode}/feedback`)
        .set(bearer(v))
        .send({ rating: 5 })
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect((await as(w.worker).get(`/wishes/${wish.id}`)).body.status).toBe('completed');
      expect(await balance(v)).toBe(0);
    });

    it('a resident is one identity across the app and the QR channel: the pair cap counts both', async () => {
      const pw = await world(t.http, platform);
      await setRules(t.http, pw, { pairMonthlyCap: 1 });
      const r = await residentOf(t.http, pw);
      const v = await volunteerOf(t.http, pw);
      const first = await completedAppWish(t.http, pw, r, v);
      await as(r).post(`/wishes/${first}/feedback`, { rating: 5 }).expect(200);
      expect(await balance(v)).toBe(10);
      const second = await completedQrWish(t.http, pw, v, { contactPhone: spaced(r.phone) });
      const rated = await t.http
        .post(`/api/v1/public/wishes/${second.trackingCode}/feedback`)
        .send({ rating: 5 })
        .expect(200);
      expect(rated.body.status).toBe('closed');
      expect((await as(pw.worker).get(`/wishes/${second.id}`)).body).toMatchObject({
        ownerId: r.id,
        pointsAwarded: 0,
        awardFlag: 'pair_cap',
      });
      expect(await balance(v)).toBe(10);
    });

    it('the pair cap counts the person, not the channel: registering, being imported or posted for does not start the month again', async () => {
      const pw = await world(t.http, platform);
      await setRules(t.http, pw, { pairMonthlyCap: 1 });
      const community = (await as(pw.admin).get(`/communities/${pw.id}`).expect(200)).body as {
        code: string;
      };
      const rateByCode = (code: string) =>
        t.http.post(`/api/v1/public/wishes/${code}/feedback`).send({ rating: 5 }).expect(200);
      const appWishRated = async (resident: Actor, v: Actor) => {
        const id = await completedAppWish(t.http, pw, resident, v);
        return (await as(resident).post(`/wishes/${id}/feedback`, { rating: 5 }).expect(200))
          .body as { pointsAwarded: number; awardFlag: string | null };
      };

      // 1. By QR code first, then the resident registers and asks in the app.
      const v1 = await volunteerOf(t.http, pw);
      const phone1 = nextPhone();
      await rateByCode(
        (await completedQrWish(t.http, pw, v1, { contactPhone: phone1 })).trackingCode,
      );
      await t.http
        .post('/api/v1/auth/register')
        .send({
          privacyVersion: PRIVACY_NOTICE.version,
          communityCode: community.code,
          phone: spaced(phone1),
          password: PASSWORD,
          name: '陈阿姨',
          gridId: pw.gridId,
        })
        .expect(201);
      const registered = await login(t.http, phone1);
      expect(await appWishRated(registered, v1)).toMatchObject({
        pointsAwarded: 0,
        awardFlag: 'pair_cap',
      });
      expect(await balance(v1)).toBe(10);

      // 2. Posted for by a grid worker, rated on a visit; later imported as a member.
      const v2 = await volunteerOf(t.http, pw);
      const phone2 = nextPhone();
      const proxy = await as(pw.worker)
        .post('/wishes', {
          ...wishBody(),
          onBehalfOf: { name: '王大爷', phone: phone2 },
          gridId: pw.gridId,
        })
        .expect(201);
      await as(v2).post(`/wishes/${proxy.body.id}/claim`).expect(200);
      await as(v2).post(`/wishes/${proxy.body.id}/complete`, { note: '已办好' }).expect(200);
      await as(pw.worker)
        .post(`/wishes/${proxy.body.id}/feedback-on-behalf`, { rating: 5, channel: 'visit' })
        .expect(200);
      const imported = await createMember(t.http, pw.admin, pw.id, ['resident'], {
        phone: phone2,
        gridId: pw.gridId,
      });
      expect(await appWishRated(imported, v2)).toMatchObject({
        pointsAwarded: 0,
        awardFlag: 'pair_cap',
      });
      expect(await balance(v2)).toBe(10);

      // 3. A member first, then the same person by QR code and by a proxy post.
      const v3 = await volunteerOf(t.http, pw);
      const member = await residentOf(t.http, pw);
      expect(await appWishRated(member, v3)).toMatchObject({ pointsAwarded: 10 });
      const byQr = await completedQrWish(t.http, pw, v3, { contactPhone: spaced(member.phone) });
      await rateByCode(byQr.trackingCode);
      expect((await as(pw.worker).get(`/wishes/${byQr.id}`)).body).toMatchObject({
        pointsAwarded: 0,
        awardFlag: 'pair_cap',
      });
      expect(await balance(v3)).toBe(10);
    });

    it('the tracking code is in no staff view or list', async () => {
      const wish = await qrWish(t.http, w.intakeToken);
      const proxy = await as(w.worker)
        .post('/wishes', {
          ...wishBody(),
          onBehalfOf: { name: '赵奶奶', phone: nextPhone() },
          gridId: w.gridId,
        })
        .expect(201);
      const proxyCode = (
        await sql<{ tracking_code: string }>('SELECT tracking_code FROM wishes WHERE id = ?', [
          proxy.body.id,
        ])
      )[0].tracking_code;
      const v = await volunteerOf(t.http, w);
      const answers = [
        proxy,
        await as(w.worker).get(`/wishes/${wish.id}`).expect(200),
        await as(w.admin).get(`/wishes/${proxy.body.id}`).expect(200),
        await as(w.worker).get('/wishes?limit=100').expect(200),
        await as(w.admin).get('/wishes?limit=100').expect(200),
        await as(v).get('/wishes?limit=100').expect(200),
      ];
      for (const res of answers) {
        const text = JSON.stringify(res.body);
        expect(text).not.toContain(wish.trackingCode);
        expect(text).not.toContain(proxyCode);
        expect(text).not.toContain('trackingCode');
      }
    });

    it('staff record a rating on behalf of a resident (回访): audited in their name, never for help they gave', async () => {
      const v = await volunteerOf(t.http, w);
      const posted = await as(w.worker)
        .post('/wishes', {
          ...wishBody(),
          onBehalfOf: { name: '王爷爷', phone: nextPhone() },
          gridId: w.gridId,
        })
        .expect(201);
      await as(v).post(`/wishes/${posted.body.id}/claim`).expect(200);
      await as(v).post(`/wishes/${posted.body.id}/complete`, { note: '已修好' }).expect(200);
      const resident = await residentOf(t.http, w);
      await as(resident)
        .post(`/wishes/${posted.body.id}/feedback-on-behalf`, { rating: 5, channel: 'visit' })
        .expect(403);
      const rated = await as(w.worker)
        .post(`/wishes/${posted.body.id}/feedback-on-behalf`, {
          rating: 5,
          comment: '老人很满意',
          channel: 'visit',
        })
        .expect(200);
      expect(rated.body).toMatchObject({ status: 'closed', rating: 5, pointsAwarded: 10 });
      expect(await balance(v)).toBe(10);
      const [entry] = await auditOf(w, posted.body.id as string).then((e) =>
        e.filter((x) => x.action === 'wish.feedback_on_behalf'),
      );
      expect(entry).toMatchObject({
        actorId: w.worker.id,
        before: { status: 'completed' },
        after: { status: 'closed', rating: 5, channel: 'visit', claimerId: v.id },
      });

      // A grid worker who volunteers took on another wish: they cannot rate it for anyone.
      const gw = await volunteerOf(t.http, w, ['grid_worker']);
      const other = await completedQrWish(t.http, w, gw);
      await as(gw)
        .post(`/wishes/${other.id}/feedback-on-behalf`, { rating: 5, channel: 'phone' })
        .expect(403);
      expect(await balance(gw)).toBe(0);
    });
  });

  describe('nobody earns from service they organise, record or approve', () => {
    let w: World;
    let admin2: Actor;
    beforeAll(async () => {
      w = await world(t.http, platform);
      admin2 = await volunteerOf(t.http, w, ['community_admin']);
    });

    it('an organiser cannot sign up to their own activity, so cannot check in to it', async () => {
      const organiser = await volunteerOf(t.http, w, ['grid_worker']);
      const a = await as(organiser)
        .post('/activities', {
          title: '垃圾分类值守',
          startsAt: local(1, 8).toISO(),
          endsAt: local(1, 10).toISO(),
          capacity: 5,
        })
        .expect(201);
      await as(organiser).post(`/activities/${a.body.id}/signups`).expect(403);
    });

    it('nobody records or approves their own attendance; another organiser can', async () => {
      const id = await activity(w, w.admin, admin2, {
        created: local(-1, 7),
        from: local(-1, 8),
        to: local(-1, 10),
      });
      clock.at(local(-1, 12).toJSDate());
      const times = { checkInAt: local(-1, 8).toISO(), checkOutAt: local(-1, 10).toISO() };
      await as(admin2).post(`/activities/${id}/attendances/${admin2.id}/mark`, times).expect(403);
      await as(w.admin).post(`/activities/${id}/attendances/${admin2.id}/mark`, times).expect(200);
      await as(admin2).post(`/activities/${id}/attendances/${admin2.id}/approve`).expect(403);
      const ok = await as(w.admin)
        .post(`/activities/${id}/attendances/${admin2.id}/approve`)
        .expect(200);
      expect(ok.body).toMatchObject({ status: 'approved', minutes: 120, points: 20 });
    });

    it('nobody decides on their own service record, community admins included', async () => {
      const rec = await as(admin2)
        .post('/service-records', {
          date: local(-1, 0).toISODate(),
          minutes: 60,
          description: '帮忙',
        })
        .expect(201);
      await as(admin2).post(`/service-records/${rec.body.id}/approve`).expect(403);
      await as(admin2)
        .post(`/service-records/${rec.body.id}/reject`, { reason: '我自己报的' })
        .expect(403);
      await as(w.admin).post(`/service-records/${rec.body.id}/approve`).expect(200);
    });

    it('a community admin cannot adjust their own balance; another admin can', async () => {
      const res = await adjust(w, w.admin, 100).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await as(admin2)
        .post(`/members/${w.admin.id}/points/adjustments`, { delta: 100, reason: '补录' })
        .expect(201);
    });
  });

  describe('no input yields more minutes or points than real service could', () => {
    let w: World;
    let v: Actor;
    beforeAll(async () => {
      w = await world(t.http, platform);
      v = await volunteerOf(t.http, w);
    });

    it('attendance is never recorded for time that has not happened yet, to the second', async () => {
      const id = await activity(w, w.admin, v, {
        created: local(-1, 7),
        from: local(-1, 8),
        to: local(-1, 12),
      });
      const now = clock.at(local(-1, 9).toJSDate());
      const mark = (out: Date) =>
        as(w.admin).post(`/activities/${id}/attendances/${v.id}/mark`, {
          checkInAt: local(-1, 8).toISO(),
          checkOutAt: out.toISOString(),
        });
      const future = await mark(new Date(now.getTime() + 1000)).expect(400);
      expect(future.body.details[0].field).toBe('checkOutAt');
      await mark(now).expect(200);
      // Corrected minutes cannot pass what of the activity has happened (60 of 240 so far).
      const approve = (minutes: number) =>
        as(w.admin).post(`/activities/${id}/attendances/${v.id}/approve`, {
          minutes,
          reason: '按签到表更正',
        });
      expect((await approve(61).expect(400)).body.details[0].field).toBe('minutes');
      expect((await approve(60).expect(200)).body).toMatchObject({ minutes: 60, points: 10 });
    });

    it('at most 24 h of service count per volunteer and local day, across activities and self-reports', async () => {
      const helper = await volunteerOf(t.http, w);
      const day = local(-2, 0);
      const id = await activity(w, w.admin, helper, {
        created: day.plus({ hours: 7 }),
        from: day.plus({ hours: 8 }),
        to: day.plus({ hours: 16 }),
      });
      clock.at(day.plus({ hours: 20 }).toJSDate());
      await mark(w.admin, id, helper, day.plus({ hours: 8 }), day.plus({ hours: 16 })).expect(200);
      await as(helper)
        .post('/service-records', { date: day.toISODate(), minutes: 1000, description: '照顾老人' })
        .expect(201);
      const over = await as(w.admin)
        .post(`/activities/${id}/attendances/${helper.id}/approve`)
        .expect(409);
      expect(over.body.code).toBe('LIMIT_EXCEEDED');
      const fits = await as(w.admin)
        .post(`/activities/${id}/attendances/${helper.id}/approve`, {
          minutes: 440,
          reason: '当日已报 1000 分钟',
        })
        .expect(200);
      expect(fits.body).toMatchObject({ status: 'approved', minutes: 440 });
      await as(helper)
        .post('/service-records', { date: day.toISODate(), minutes: 1, description: '再来一点' })
        .expect(409);
    });

    it('activities and self-reports lie at most backfillDays back, to the second of local midnight', async () => {
      await setRules(t.http, w, { backfillDays: 30 });
      const midnight = local(0, 0);
      const oldest = midnight.minus({ days: 30 });
      const report = (date: DateTime) =>
        as(v).post('/service-records', {
          date: date.toISODate(),
          minutes: 30,
          description: '补录',
        });
      const create = (starts: DateTime) =>
        as(w.admin).post('/activities', {
          title: '补录活动',
          startsAt: starts.toISO(),
          endsAt: starts.plus({ hours: 1 }).toISO(),
          capacity: 3,
        });
      // At one second before midnight, the day 31 days before today still lies in the window.
      clock.at(midnight.minus({ seconds: 1 }).toJSDate());
      await report(oldest.minus({ days: 1 })).expect(201);
      await create(oldest.minus({ days: 1 })).expect(201);
      clock.at(midnight.toJSDate());
      expect((await report(oldest.minus({ days: 1 })).expect(400)).body.details[0].field).toBe(
        'date',
      );
      expect((await create(oldest.minus({ days: 1 })).expect(400)).body.details[0].field).toBe(
        'startsAt',
      );
      await report(oldest).expect(201);
      await create(oldest).expect(201);
      await setRules(t.http, w, {});
    });

    it('no single award posts more than the rules allow', async () => {
      const cw = await world(t.http, platform);
      await setRules(t.http, cw, { maxPointsPerAward: 50 });
      const helper = await volunteerOf(t.http, cw);
      const id = await activity(cw, cw.admin, helper, {
        created: local(-1, 7),
        from: local(-1, 8),
        to: local(-1, 10),
        pointsPerHour: 100,
      });
      clock.at(local(-1, 11).toJSDate());
      await mark(cw.admin, id, helper, local(-1, 8), local(-1, 10)).expect(200);
      const res = await as(cw.admin)
        .post(`/activities/${id}/attendances/${helper.id}/approve`)
        .expect(200);
      expect(res.body).toMatchObject({ minutes: 120, points: 50, awardFlag: 'posting_cap' });
      expect(await balance(helper)).toBe(50);
    });

    it('every points column holds what the API accepts; more is refused with 4xx, never a 500', async () => {
      const cw = await world(t.http, platform);
      const m = await residentOf(t.http, cw);
      for (const delta of [2 ** 31, 1_000_001, 1.5]) {
        expect((await adjust(cw, m, delta).expect(400)).body.code).toBe('VALIDATION_FAILED');
      }
      for (const pricePoints of [1e12, 2 ** 31]) {
        await as(cw.staff)
          .post('/store/items', { name: '金条', kind: 'goods', pricePoints, stock: 1 })
          .expect(400);
      }
      // Stock never passes its bound, however often restocked.
      const itemId = await item(cw, { stock: 1_000_000 });
      await sql('UPDATE store_items SET stock = ? WHERE id = ?', [99_999_990, itemId]);
      const restock = await as(cw.staff)
        .post(`/store/items/${itemId}/restock`, { quantity: 11 })
        .expect(400);
      expect(restock.body.details[0].field).toBe('quantity');
      await as(cw.staff).post(`/store/items/${itemId}/restock`, { quantity: 10 }).expect(200);
      // A balance at the largest total an account may hold takes no more.
      await adjust(cw, m, 1).expect(201);
      await sql('UPDATE point_accounts SET balance = ? WHERE owner_key = ?', [1_999_999_999, m.id]);
      expect((await adjust(cw, m, 1_000_000).expect(409)).body.code).toBe('LIMIT_EXCEEDED');
      await adjust(cw, m, 1).expect(201);
      // Put the balance back to what its entries say, for the ledger checks of later cases.
      await sql('UPDATE point_accounts SET balance = balance - ? WHERE owner_key = ?', [
        1_999_999_998,
        m.id,
      ]);
      await expectLedgerOk();
    });
  });

  describe('caps and expiry hold at the second', () => {
    it("points past their lot's expiry cannot be spent, whether or not the expiry job has run", async () => {
      const w = await world(t.http, platform);
      await setRules(t.http, w, { expiry: { mode: 'months', months: 1 } });
      const m = await residentOf(t.http, w);
      await adjust(w, m, 20).expect(201);
      const [lot] = await sql<{ expires_at: string | Date }>(
        'SELECT l.expires_at FROM point_lots l JOIN point_accounts a ON a.id = l.account_id WHERE a.owner_key = ?',
        [m.id],
      );
      const expiresAt = fromDbTime(lot.expires_at);
      const itemId = await item(w);
      const redeem = () => as(m).post('/store/redemptions', { itemId, quantity: 1 });

      clock.at(new Date(expiresAt.getTime() - 1000));
      const kept = await redeem().expect(201);
      expect(await balance(m)).toBe(10);
      clock.at(expiresAt);
      expect(await balance(m)).toBe(0);
      expect((await redeem().expect(409)).body.code).toBe('INSUFFICIENT_POINTS');
      expect(
        await sql("SELECT id FROM point_transfers WHERE kind = 'expire' AND community_id = ?", [
          w.id,
        ]),
      ).toEqual([]);

      // A refund into the lapsed lot does not bring the points back: they expire with it.
      clock.at(new Date(expiresAt.getTime() + 60 * MINUTE));
      await as(m).post(`/store/redemptions/${kept.body.id}/cancel`).expect(200);
      expect(await balance(m)).toBe(0);
      const statement = (await as(m).get('/me/points/entries').expect(200)).body.items.map(
        (e: { kind: string; amount: number; balanceAfter: number }) => [
          e.kind,
          e.amount,
          e.balanceAfter,
        ],
      );
      expect(statement).toEqual([
        ['expire', -20, 0],
        ['refund', 10, 20],
        ['redeem', -10, 10],
        ['adjust', 20, 20],
      ]);
      await expectLedgerOk();
    });

    it("monthly caps count by the community's month, to the second", async () => {
      const w = await world(t.http, platform);
      await setRules(t.http, w, { volunteerMonthlyCap: 10 });
      const v = await volunteerOf(t.http, w);
      const [a, b, c] = await completedWishes(w, v, 3);
      const rate = async (x: { id: string; owner: Actor }): Promise<object> =>
        (await as(x.owner).post(`/wishes/${x.id}/feedback`, { rating: 5 }).expect(200))
          .body as object;
      const monthStart = DateTime.now().setZone(ZONE).startOf('month');
      clock.at(monthStart.minus({ seconds: 1 }).toJSDate());
      expect(await rate(a)).toMatchObject({ pointsAwarded: 10, awardFlag: null });
      expect(await rate(b)).toMatchObject({ pointsAwarded: 0, awardFlag: 'volunteer_cap' });
      clock.at(monthStart.toJSDate());
      expect(await rate(c)).toMatchObject({ pointsAwarded: 10, awardFlag: null });
      expect(await balance(v)).toBe(20);
    });

    it('a member card is good for five minutes, to the second', async () => {
      const w = await world(t.http, platform);
      const m = await residentOf(t.http, w);
      await adjust(w, m, 50).expect(201);
      const itemId = await item(w);
      const issued = clock.at(new Date(Math.floor(Date.now() / 1000) * 1000));
      const first = (await as(m).get('/me/card').expect(200)).body.token as string;
      const second = (await as(m).get('/me/card').expect(200)).body.token as string;
      const counter = (cardToken: string) =>
        as(w.staff).post('/store/counter-redemptions', { cardToken, itemId, quantity: 1 });
      clock.at(new Date(issued.getTime() + 299_000));
      await counter(first).expect(201);
      clock.at(new Date(issued.getTime() + 300_000));
      expect((await counter(second).expect(400)).body.message).toMatch(/expired/);
    });
  });

  describe('a tap costs once', () => {
    it('a member card pays for one counter redemption', async () => {
      const w = await world(t.http, platform);
      const m = await residentOf(t.http, w);
      await adjust(w, m, 50).expect(201);
      const itemId = await item(w);
      const cardToken = (await as(m).get('/me/card').expect(200)).body.token as string;
      const counter = () =>
        as(w.staff).post('/store/counter-redemptions', { cardToken, itemId, quantity: 1 });
      await counter().expect(201);
      expect((await counter().expect(409)).body.code).toBe('CONFLICT');
      expect(await balance(m)).toBe(40);
    });

    it('wrong check-in codes lock the volunteer out of that activity after 5 tries, per-IP budget notwithstanding', async () => {
      const w = await world(t.http, platform);
      const v = await volunteerOf(t.http, w);
      const other = await volunteerOf(t.http, w);
      const id = await activity(w, w.admin, v, {
        created: local(-1, 7),
        from: local(-1, 8),
        to: local(-1, 12),
      });
      await as(other).post(`/activities/${id}/signups`).expect(201);
      clock.at(local(-1, 9).toJSDate());
      const code = (await as(w.admin).get(`/activities/${id}/checkin-code`).expect(200)).body
        .code as string;
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) {
        await as(v).post(`/activities/${id}/check-in`, { code: wrong }).expect(400);
      }
      const locked = await as(v).post(`/activities/${id}/check-in`, { code }).expect(429);
      expect(locked.body.code).toBe('RATE_LIMITED');
      await as(other).post(`/activities/${id}/check-in`, { code }).expect(200);
      clock.advance(15 * MINUTE + 1000);
      const fresh = (await as(w.admin).get(`/activities/${id}/checkin-code`)).body.code;
      await as(v).post(`/activities/${id}/check-in`, { code: fresh }).expect(200);
    });

    it('wrong pickup codes lock the staff member out after 10 tries; a right code costs nothing', async () => {
      const w = await world(t.http, platform);
      const m = await residentOf(t.http, w);
      await adjust(w, m, 50).expect(201);
      const itemId = await item(w);
      const codes = [];
      for (let i = 0; i < 2; i++)
        codes.push(
          (await as(m).post('/store/redemptions', { itemId, quantity: 1 }).expect(201)).body
            .pickupCode as string,
        );
      const verify = (actor: Actor, pickupCode: string) =>
        as(actor).post('/store/redemptions/verify', { pickupCode });
      await verify(w.staff, codes[0]).expect(200);
      for (let i = 0; i < 10; i++) await verify(w.staff, `ZZZZZZZZ${i}A`).expect(404);
      expect((await verify(w.staff, codes[1]).expect(429)).body.code).toBe('RATE_LIMITED');
      await verify(w.admin, codes[1]).expect(200);
    });

    it('looking pickup codes up at the desk counts like verifying them: no guessing by lookup', async () => {
      const w = await world(t.http, platform);
      const m = await residentOf(t.http, w);
      await adjust(w, m, 50).expect(201);
      const itemId = await item(w);
      const code = (await as(m).post('/store/redemptions', { itemId, quantity: 1 }).expect(201))
        .body.pickupCode as string;
      const lookUp = (pickupCode: string) =>
        as(w.staff).get(`/store/redemptions/by-pickup-code?pickupCode=${pickupCode}`);
      for (let i = 0; i < 10; i++) await lookUp(`ZZZZZZZZ${i}B`).expect(404);
      expect((await lookUp(code).expect(429)).body.code).toBe('RATE_LIMITED');
      await as(w.staff).post('/store/redemptions/verify', { pickupCode: code }).expect(429);
    });

    it('unknown tracking codes lock the address out after 10 tries', async () => {
      const w = await world(t.http, platform);
      const wish = await qrWish(t.http, w.intakeToken);
      // Far from the other cases' tries from this address, and walked past the window after.
      clock.at(new Date(Date.now() + 48 * 3600 * 1000));
      for (let i = 0; i < 10; i++) {
        await t.http.get(`/api/v1/public/wishes/unknownCode${i}xyz`).expect(404);
      }
      const locked = await t.http.get(`/api/v1/public/wishes/${wish.trackingCode}`).expect(429);
      expect(locked.body.code).toBe('RATE_LIMITED');
      clock.advance(15 * MINUTE + 1000);
      await t.http.get(`/api/v1/public/wishes/${wish.trackingCode}`).expect(200);
    });
  });

  describe('rights end at once', () => {
    it('a demoted admin loses admin rights on their next request, with the same token', async () => {
      const w = await world(t.http, platform);
      const other = await createMember(t.http, w.admin, w.id, ['community_admin']);
      await as(other).get('/audit-log').expect(200);
      await as(w.admin)
        .patch(`/members/${other.id}`, { roles: ['resident'] })
        .expect(200);
      await as(other).get('/audit-log').expect(403);
      await as(other)
        .post(`/members/${w.admin.id}/points/adjustments`, { delta: 5, reason: 'x' })
        .expect(403);
    });

    it('a suspended volunteer cannot take on a wish on their next request', async () => {
      const w = await world(t.http, platform);
      const v = await volunteerOf(t.http, w);
      const wish = await qrWish(t.http, w.intakeToken);
      await as(w.worker).post(`/wishes/${wish.id}/approve`).expect(200);
      await as(w.admin).post(`/volunteers/${v.id}/suspend`).expect(201);
      await as(v).post(`/wishes/${wish.id}/claim`).expect(403);
    });

    it('a disabled member is signed out at once and their card stops working', async () => {
      const w = await world(t.http, platform);
      const m = await residentOf(t.http, w);
      await adjust(w, m, 50).expect(201);
      const itemId = await item(w);
      const cardToken = (await as(m).get('/me/card').expect(200)).body.token as string;
      await as(w.admin).patch(`/members/${m.id}`, { disabled: true }).expect(200);
      expect((await as(m).get('/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
      const refused = await as(w.staff)
        .post('/store/counter-redemptions', { cardToken, itemId, quantity: 1 })
        .expect(400);
      expect(refused.body.details[0].field).toBe('cardToken');
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: m.refreshToken }).expect(401);
    });
  });

  describe('safe outputs and parsers', () => {
    it('neutralises spreadsheet formulas in every exported text cell', async () => {
      const w = await world(t.http, platform);
      const wish = await qrWish(t.http, w.intakeToken, {
        title: '=HYPERLINK("http://evil.example","点我")',
        contactName: '@SUM(A1)',
      });
      const today = DateTime.now().setZone(ZONE).toISODate();
      const csv = await as(w.admin)
        .get(`/communities/${w.id}/exports/wishes.csv?from=${today}&to=${today}&headers=codes`)
        .expect(200);
      const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.find((r) => r.id === wish.id)).toMatchObject({
        title: `'=HYPERLINK("http://evil.example","点我")`,
        contact_name: "'@SUM(A1)",
      });
    });

    it('answers a pathologically nested or wide body with 400, not 500', async () => {
      // 5,000 levels overflowed validation's recursion (a 500); 200,000 values are just as bad.
      const deep = '['.repeat(5_000) + ']'.repeat(5_000);
      const wide = `[${Array(200_000).fill('0').join(',')}]`;
      for (const value of [deep, wide]) {
        const res = await t.direct
          .post('/api/v1/auth/login')
          .set('content-type', 'application/json')
          .send(`{"phone":${value},"password":"x"}`)
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      await t.http.get('/health').expect(200);
    });
  });

  describe('audit', () => {
    it('every approval, rating on behalf, role or status change and adjustment names its actor, before and after', async () => {
      const w = await world(t.http, platform);
      const v = await volunteerOf(t.http, w);
      const id = await activity(w, w.admin, v, {
        created: local(-1, 7),
        from: local(-1, 8),
        to: local(-1, 10),
      });
      clock.at(local(-1, 11).toJSDate());
      await mark(w.admin, id, v, local(-1, 8), local(-1, 10)).expect(200);
      const att = await as(w.admin)
        .post(`/activities/${id}/attendances/${v.id}/approve`, { minutes: 100, reason: '迟到' })
        .expect(200);
      clock.reset();
      const rec = await as(v)
        .post('/service-records', {
          date: local(-1, 0).toISODate(),
          minutes: 30,
          description: '帮忙',
        })
        .expect(201);
      await as(w.worker).post(`/service-records/${rec.body.id}/approve`).expect(200);
      const proxy = await as(w.worker)
        .post('/wishes', {
          ...wishBody(),
          onBehalfOf: { name: '周奶奶', phone: nextPhone() },
          gridId: w.gridId,
        })
        .expect(201);
      await as(v).post(`/wishes/${proxy.body.id}/claim`).expect(200);
      await as(v).post(`/wishes/${proxy.body.id}/complete`, { note: 'ok' }).expect(200);
      await as(w.worker)
        .post(`/wishes/${proxy.body.id}/feedback-on-behalf`, { rating: 4, channel: 'phone' })
        .expect(200);
      const member = await residentOf(t.http, w);
      await as(w.admin)
        .patch(`/members/${member.id}`, { roles: ['resident', 'store_staff'] })
        .expect(200);
      await as(w.admin).post(`/volunteers/${v.id}/suspend`).expect(201);
      const adj = await adjust(w, member, 7).expect(201);

      const expected: [string, string, string][] = [
        [att.body.id, 'attendance.correct', w.admin.id],
        [rec.body.id, 'service_record.approve', w.worker.id],
        [proxy.body.id, 'wish.feedback_on_behalf', w.worker.id],
        [member.id, 'member.update', w.admin.id],
        [v.id, 'volunteer.suspend', w.admin.id],
        [member.id, 'points.adjust', w.admin.id],
      ];
      for (const [target, action, actor] of expected) {
        const entry = (await auditOf(w, target)).find((e) => e.action === action);
        expect({ action, entry }).toMatchObject({
          action,
          entry: { actorId: actor, before: expect.any(Object), after: expect.any(Object) },
        });
      }
      expect(adj.body.balance).toBe(7);
    });
  });

  describe('under concurrency: identical requests at the same instant', () => {
    const rateAll = (wishes: { id: string; owner: Actor }[]) =>
      Promise.all(wishes.map((x) => as(x.owner).post(`/wishes/${x.id}/feedback`, { rating: 5 })));

    it('the pair cap: 6 ratings of one resident for one volunteer, cap 2 → exactly 2 awards', async () => {
      const w = await world(t.http, platform);
      await setRules(t.http, w, { pairMonthlyCap: 2 });
      const v = await volunteerOf(t.http, w);
      const wishes = await completedWishes(w, v, 6, await residentOf(t.http, w));
      const results = await rateAll(wishes);
      expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));
      expect(results.filter((r) => r.body.pointsAwarded > 0)).toHaveLength(2);
      expect(results.filter((r) => r.body.awardFlag === 'pair_cap')).toHaveLength(4);
      expect(await balance(v)).toBe(20);
      await expectLedgerOk();
    });

    it('the volunteer cap: 8 ratings worth 10 each, cap 30 → exactly 30 points', async () => {
      const w = await world(t.http, platform);
      await setRules(t.http, w, { volunteerMonthlyCap: 30 });
      const v = await volunteerOf(t.http, w);
      const results = await rateAll(await completedWishes(w, v, 8));
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(results.filter((r) => r.body.pointsAwarded === 10)).toHaveLength(3);
      expect(await balance(v)).toBe(30);
      await expectLedgerOk();
    });

    it('the community budget: 8 volunteers rated at once, budget 30 → exactly 30 points issued', async () => {
      const w = await world(t.http, platform);
      await setRules(t.http, w, { monthlyIssuanceBudget: 30 });
      const wishes = [];
      const helpers = [];
      for (let i = 0; i < 8; i++) {
        const v = await volunteerOf(t.http, w);
        helpers.push(v);
        wishes.push(...(await completedWishes(w, v, 1)));
      }
      const results = await rateAll(wishes);
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(results.filter((r) => r.body.awardFlag === 'budget')).toHaveLength(5);
      let total = 0;
      for (const v of helpers) total += await balance(v);
      expect(total).toBe(30);
      await expectLedgerOk();
    });

    it('a budget set mid-month counts the awards already posted this month', async () => {
      const w = await world(t.http, platform);
      const early = await volunteerOf(t.http, w);
      const [first] = await rateAll(await completedWishes(w, early, 1));
      expect(first.body.pointsAwarded).toBe(10);
      // 10 issued before the budget: 25 leaves room for one more award of 10, not two.
      await setRules(t.http, w, { monthlyIssuanceBudget: 25 });
      const late = [await volunteerOf(t.http, w), await volunteerOf(t.http, w)];
      const wishes = [
        ...(await completedWishes(w, late[0], 1)),
        ...(await completedWishes(w, late[1], 1)),
      ];
      const results = await rateAll(wishes);
      expect(results.map((r) => Number(r.body.pointsAwarded)).sort()).toEqual([0, 10]);
      expect(results.filter((r) => r.body.awardFlag === 'budget')).toHaveLength(1);
      // A new rules version counts again from what was posted: 20, and 25 allows nothing more.
      await setRules(t.http, w, { monthlyIssuanceBudget: 25, volunteerMonthlyCap: 500 });
      const [again] = await rateAll(await completedWishes(w, early, 1));
      expect(again.body).toMatchObject({ pointsAwarded: 0, awardFlag: 'budget' });
      await expectLedgerOk();
    });

    it('the per-member limit: 10 reservations at once, 2 a day allowed → exactly 2', async () => {
      const w = await world(t.http, platform);
      const m = await residentOf(t.http, w);
      await adjust(w, m, 1000).expect(201);
      const itemId = await item(w, { perMemberLimit: 2, limitPeriod: 'day' });
      const results = await Promise.all(
        Array.from({ length: 10 }, () => as(m).post('/store/redemptions', { itemId, quantity: 1 })),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(2);
      expect(
        results.filter((r) => r.status === 409).every((r) => r.body.code === 'LIMIT_EXCEEDED'),
      ).toBe(true);
      expect(await balance(m)).toBe(980);
      await expectLedgerOk();
    });

    it('the daily service limit: 30 reports of 5 h for one day at once → exactly 4', async () => {
      const w = await world(t.http, platform);
      const v = await volunteerOf(t.http, w);
      const date = local(-1, 0).toISODate();
      const results = await Promise.all(
        Array.from({ length: 30 }, () =>
          as(v).post('/service-records', { date, minutes: 300, description: '值班' }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(4);
      expect(results.filter((r) => r.status === 409)).toHaveLength(26);
      const [row] = await sql<{ total: number | string }>(
        'SELECT SUM(minutes) AS total FROM service_records WHERE volunteer_id = ?',
        [v.id],
      );
      expect(Number(row.total)).toBe(1200);
    });

    it('one member card fired 10 times at once → exactly one redemption', async () => {
      const w = await world(t.http, platform);
      const m = await residentOf(t.http, w);
      await adjust(w, m, 1000).expect(201);
      const itemId = await item(w);
      const cardToken = (await as(m).get('/me/card').expect(200)).body.token as string;
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          as(w.staff).post('/store/counter-redemptions', { cardToken, itemId, quantity: 1 }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(await balance(m)).toBe(990);
      await expectLedgerOk();
    });

    it('12 wrong check-in codes at once → exactly 5 tries, the rest 429', async () => {
      const w = await world(t.http, platform);
      const v = await volunteerOf(t.http, w);
      const id = await activity(w, w.admin, v, {
        created: local(-1, 7),
        from: local(-1, 8),
        to: local(-1, 12),
      });
      clock.at(local(-1, 9).toJSDate());
      const code = (await as(w.admin).get(`/activities/${id}/checkin-code`)).body.code as string;
      const wrong = code === '000000' ? '111111' : '000000';
      const results = await Promise.all(
        Array.from({ length: 12 }, () => as(v).post(`/activities/${id}/check-in`, { code: wrong })),
      );
      expect(results.filter((r) => r.status === 400)).toHaveLength(5);
      expect(results.filter((r) => r.status === 429)).toHaveLength(7);
    });
  });
  // Last: a second application in this process replaces passport's strategies (a registry
  // shared by the process), so the main application's logins would fail after it.
  describe('no public secret', () => {
    it('with JWT_SECRET unset, the app signs with a secret of its own, never a constant of the code', async () => {
      if (ENGINE === 'mysql') {
        await expect(startApp({ JWT_SECRET: '' })).rejects.toThrow(/JWT_SECRET is required/);
        return;
      }
      const own = await startApp({ JWT_SECRET: '' });
      try {
        const admin = await loginPlatformAdmin(own.http);
        await own.http.get('/api/v1/me').set(bearer(admin)).expect(200);
        const forged = sign(
          { sub: admin.id, cid: null, gid: null, roles: ['platform_admin'] },
          'dev-only-insecure-jwt-secret-change-me',
          { expiresIn: 600 },
        );
        await own.http
          .get('/api/v1/me')
          .set({ Authorization: `Bearer ${forged}` })
          .expect(401);
      } finally {
        await own.close();
      }
    });

    it('refuses a well-known secret in production', async () => {
      await expect(
        startApp({ NODE_ENV: 'production', JWT_SECRET: 'dev-only-insecure-jwt-secret-change-me' }),
      ).rejects.toThrow(/JWT_SECRET/);
    });
  });
});
