import { DateTime } from 'luxon';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { DispatcherService, FANOUT_LEASE_MS } from 'src/notifications/dispatcher.service';
import { FanoutService, RECEIPTS_PER_PHONE_PER_DAY } from 'src/notifications/fanout.service';
import { verifySignature, WEBHOOK_HEADERS } from 'src/notifications/webhook-signature';
import { bearer, createMember, loginPlatformAdmin, type Actor } from './factories/actors';
import { nextPhone } from './factories/phones';
import { qrWish, wishBody } from './factories/wishes';
import { world, type World } from './factories/world';
import { testClock } from './helpers/clock';
import { startReceiver } from './helpers/receiver';
import { ALL_EVENTS } from './helpers/events';
import { startApp, type TestApp } from './helpers/test-app';

const SECRET = 'whsec-0123456789abcdef';

/**
 * What leaves the system: signed webhooks with retries and a dead letter, SMS through the
 * gateway with quiet hours and digests, and the live stream — with two app instances sharing
 * one database, as in production.
 */
describe('notifications: webhooks, SMS and the live stream', () => {
  let one: TestApp;
  let two: TestApp;
  let w: World;
  let hooks: Awaited<ReturnType<typeof startReceiver>>;
  let sms: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    hooks = await startReceiver();
    sms = await startReceiver();
    const env = {
      WEBHOOK_ALLOW_PRIVATE: 'true',
      NOTIFY_MAX_ATTEMPTS: '3',
      SMS_GATEWAY_URL: sms.url,
      SMS_GATEWAY_AUTH: 'Bearer sms-key',
      SMS_TEMPLATES: '{"wish.submitted":"SMS_100"}',
      LIVE_POLL_MS: '200',
    };
    one = await startApp(env);
    two = await startApp(env, { database: one.db });
    w = await world(one.http, await loginPlatformAdmin(one.http));
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await hooks?.close();
    await sms?.close();
  });

  const drain = (t: TestApp = one) => t.app.get(DispatcherService).drain();
  const clocks = () => [testClock(one.app), testClock(two.app)];
  const at = (when: string | Date) => clocks().forEach((c) => c.at(when));
  afterEach(() => clocks().forEach((c) => c.reset()));

  const subscribe = async (url: string, eventTypes: string[]) => {
    const res = await one.http
      .post(`/api/v1/communities/${w.id}/webhooks`)
      .set(bearer(w.admin))
      .send({ url, eventTypes, secret: SECRET })
      .expect(201);
    expect(res.body).toMatchObject({ url, eventTypes, active: true, secret: SECRET });
    return res.body.id as string;
  };
  const unsubscribe = (id: string) =>
    one.http.delete(`/api/v1/communities/${w.id}/webhooks/${id}`).set(bearer(w.admin)).expect(204);
  const log = async (hookId: string, query = '') =>
    (
      await one.http
        .get(`/api/v1/communities/${w.id}/webhooks/${hookId}/deliveries${query}`)
        .set(bearer(w.admin))
        .expect(200)
    ).body.items as {
      id: string;
      eventId: string;
      status: string;
      attempts: number;
      lastStatusCode: number | null;
      nextAttemptAt: string;
    }[];

  it('signs each call, retries after a 500 when the back-off has passed, and sends the same event id', async () => {
    hooks.received.length = 0;
    hooks.answerWith((n) => (n === 1 ? 500 : 200));
    const hookId = await subscribe(hooks.url, ['wish.submitted']);
    const phone = nextPhone();
    const wish = await qrWish(one.http, w.intakeToken, { title: '帮忙取药', contactPhone: phone });
    await drain();
    expect(hooks.received).toHaveLength(1);
    let [d] = await log(hookId);
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });

    const due = new Date(d.nextAttemptAt);
    at(new Date(due.getTime() - 1000));
    await drain();
    expect(hooks.received).toHaveLength(1); // the second before: not yet
    at(due);
    await drain();
    expect(hooks.received).toHaveLength(2);
    [d] = await log(hookId);
    expect(d).toMatchObject({ status: 'sent', attempts: 2, lastStatusCode: 200 });

    for (const r of hooks.received) {
      const headers = {
        timestamp: String(r.headers[WEBHOOK_HEADERS.timestamp]),
        signature: String(r.headers[WEBHOOK_HEADERS.signature]),
      };
      expect(verifySignature(SECRET, headers, r.body, Number(headers.timestamp))).toBe(true);
      expect(
        verifySignature('another-secret-0000', headers, r.body, Number(headers.timestamp)),
      ).toBe(false);
      expect(r.headers[WEBHOOK_HEADERS.event]).toBe(d.eventId);
      expect(r.headers['content-type']).toBe('application/json');
    }
    const body = hooks.bodies()[1];
    expect(body).toMatchObject({
      id: d.eventId,
      type: 'wish.submitted',
      communityId: w.id,
      subject: { type: 'wish', id: wish.id },
      data: { title: '帮忙取药', gridId: w.gridId },
    });
    // No secrets in a webhook: neither the tracking code nor the resident's phone or address.
    // (Not a phone-shaped pattern: a random id can hold eleven digits in a row.)
    expect(hooks.received[1].body).not.toContain(wish.trackingCode);
    expect(hooks.received[1].body).not.toContain(phone);
    expect(hooks.received[1].body).not.toContain('3号楼');
    await unsubscribe(hookId);
  });

  it('dead-letters after NOTIFY_MAX_ATTEMPTS, and an admin can redeliver it', async () => {
    const down = await startReceiver();
    down.answerWith(() => 503);
    const hookId = await subscribe(down.url, ['wish.submitted']);
    await qrWish(one.http, w.intakeToken);
    await drain();
    for (let i = 0; i < 2; i++) {
      const [d] = await log(hookId);
      at(d.nextAttemptAt);
      await drain();
    }
    expect(down.received).toHaveLength(3);
    const [dead] = await log(hookId, '?status=dead');
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastStatusCode: 503 });
    at(new Date(Date.parse(dead.nextAttemptAt) + 86_400_000));
    await drain();
    expect(down.received).toHaveLength(3); // dead means no more tries

    down.answerWith(() => 204);
    const again = await one.http
      .post(`/api/v1/communities/${w.id}/webhooks/${hookId}/deliveries/${dead.id}/redeliver`)
      .set(bearer(w.admin))
      .expect(200);
    expect(again.body).toMatchObject({ id: dead.id, status: 'pending', attempts: 0 });
    await drain();
    expect(down.received).toHaveLength(4);
    expect((await log(hookId))[0]).toMatchObject({ status: 'sent', lastStatusCode: 204 });
    // Every try carried the same event id: a receiver keeps the first and drops the rest.
    expect(new Set(down.received.map((r) => r.headers[WEBHOOK_HEADERS.event])).size).toBe(1);
    await unsubscribe(hookId);
    await down.close();
  });

  it('two instances dispatching at once deliver each notification once', async () => {
    hooks.received.length = 0;
    hooks.answerWith(() => 200);
    const hookId = await subscribe(hooks.url, ['wish.submitted']);
    const wishes = [];
    for (let i = 0; i < 20; i++) wishes.push(await qrWish(one.http, w.intakeToken));
    await Promise.all([drain(one), drain(two), drain(one), drain(two)]);
    const eventIds = hooks.received.map((r) => r.headers[WEBHOOK_HEADERS.event]);
    expect(eventIds).toHaveLength(20);
    expect(new Set(eventIds).size).toBe(20);
    const [{ n }] = await one.app.get(DataSource).query(
      `SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND event_id IN
           (SELECT id FROM ${ALL_EVENTS} WHERE subject_id IN (${wishes.map(() => '?').join(',')}))`,
      [w.admin.id, ...wishes.map((x) => x.id)],
    );
    expect(Number(n)).toBe(20);
    await unsubscribe(hookId);
  });

  it('a notification made on one instance reaches a stream open on the other within 2 s', async () => {
    const url = new URL('/api/v1/me/notifications/stream', await two.url());
    const events: { event: string; data: Record<string, unknown>; at: number }[] = [];
    const res = await new Promise<IncomingMessage>((resolve, reject) =>
      httpGet(url, { headers: bearer(w.admin) }, resolve).on('error', reject),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data), at: Date.now() });
      }
    });
    try {
      await until(() => events.length > 0);
      expect(events[0]).toMatchObject({ event: 'unread' });
      await qrWish(one.http, w.intakeToken, { title: '直播测试' });
      await drain(one);
      const made = Date.now();
      // (Notifications made just before the stream opened may come too; the app keeps one of each id.)
      const mine = () => events.find((e) => e.data.body === '「直播测试」等待审核。');
      await until(() => mine() !== undefined, 2000);
      const got = mine()!;
      expect(got).toMatchObject({ event: 'notification', data: { kind: 'wish.submitted' } });
      expect(got.at - made).toBeLessThan(2000);
    } finally {
      res.destroy();
    }
  });

  describe('SMS', () => {
    let volunteer: Actor;
    beforeAll(async () => {
      volunteer = await createMember(one.http, w.admin, w.id, ['resident', 'volunteer'], {
        gridId: w.gridId,
      });
      await one.http
        .put('/api/v1/me/notification-preferences')
        .set(bearer(volunteer))
        .send({ inbox: true, sms: true, quietStart: '22:00', quietEnd: '07:00' })
        .expect(200);
      // The wishes earlier tests posted by QR (at the real time, perhaps at night) have texts
      // held until morning: let them go out at tomorrow's noon, so each test below counts only
      // its own.
      at(DateTime.now().setZone('Asia/Shanghai').plus({ days: 1 }).set({ hour: 12 }).toJSDate());
      await drain();
      clocks().forEach((c) => c.reset());
    });
    const texts = () => sms.bodies() as { phone: string; kind: string; text: string }[];

    it('tells a QR resident by SMS with their tracking link, held through quiet hours until 07:00', async () => {
      sms.received.length = 0;
      at('2026-11-24T23:00:00+08:00');
      const wish = await qrWish(one.http, w.intakeToken, { title: '换灯泡' });
      const phone = (
        await one.http.get(`/api/v1/wishes/${wish.id}`).set(bearer(w.admin)).expect(200)
      ).body.contactPhone as string;
      await drain();
      at('2026-11-25T06:59:59+08:00');
      await drain();
      expect(sms.received).toHaveLength(0);
      at('2026-11-25T07:00:00+08:00');
      await drain();
      expect(texts()).toEqual([
        expect.objectContaining({
          phone,
          kind: 'wish.submitted',
          template: 'SMS_100',
          text: `【${'Community ' + w.code}】您的心愿「换灯泡」已收到，可凭查询码查看进度。 https://points.example.org/track?code=${wish.trackingCode}`,
        }),
      ]);
      expect(sms.received[0].headers.authorization).toBe('Bearer sms-key');
    });

    it('texts one phone at most 3 "received" SMS a day, however often the open QR form names it', async () => {
      sms.received.length = 0;
      at('2026-11-27T10:00:00+08:00');
      const victim = '13912340000';
      for (let i = 0; i < 5; i++) await qrWish(one.http, w.intakeToken, { contactPhone: victim });
      await drain();
      expect(texts().filter((m) => m.phone === victim)).toHaveLength(RECEIPTS_PER_PHONE_PER_DAY);
      await qrWish(one.http, w.intakeToken);
      await drain();
      expect(texts()).toHaveLength(RECEIPTS_PER_PHONE_PER_DAY + 1); // another phone is texted
    });

    it('counts the "received" texts of one phone over 24 hours by the community clock', async () => {
      sms.received.length = 0;
      const phone = '13912340001';
      const post = async (when: string) => {
        at(when);
        await qrWish(one.http, w.intakeToken, { contactPhone: phone });
        await drain();
        return texts().filter((m) => m.phone === phone).length;
      };
      for (let i = 0; i < RECEIPTS_PER_PHONE_PER_DAY; i++) await post('2026-11-28T10:00:00+08:00');
      expect(await post('2026-11-29T09:59:59+08:00')).toBe(RECEIPTS_PER_PHONE_PER_DAY);
      expect(await post('2026-11-29T10:00:00+08:00')).toBe(RECEIPTS_PER_PHONE_PER_DAY + 1);
    });

    it('an urgent dispatch goes through quiet hours; new wishes wait for one morning digest', async () => {
      sms.received.length = 0;
      at('2026-11-25T23:00:00+08:00');
      const resident = await createMember(one.http, w.admin, w.id, ['resident'], {
        gridId: w.gridId,
      });
      const post = async (urgency: string) => {
        const res = await one.http
          .post('/api/v1/wishes')
          .set(bearer(resident))
          .send(wishBody({ urgency }))
          .expect(201);
        await one.http
          .post(`/api/v1/wishes/${res.body.id}/approve`)
          .set(bearer(w.worker))
          .expect(200);
        return res.body.id as string;
      };
      await post('normal');
      const urgent = await post('urgent');
      await one.http
        .post(`/api/v1/wishes/${urgent}/assign`)
        .set(bearer(w.worker))
        .send({ volunteerId: volunteer.id })
        .expect(200);
      await drain();
      expect(texts().map((m) => m.kind)).toEqual(['wish.dispatched']);
      expect(texts()[0].phone).toBe(volunteer.phone);

      at('2026-11-26T07:59:59+08:00');
      await drain();
      expect(sms.received).toHaveLength(1);
      at('2026-11-26T08:00:00+08:00');
      await drain();
      expect(texts().map((m) => m.kind)).toEqual(['wish.dispatched', 'digest.new_wishes']);
      expect(texts()[1].text).toContain('您所在的网格有 2 个心愿等待志愿者接单。');
    });

    it('a dispatcher whose lease ran out mid-batch undoes its fan-out: the digest counts a wish once', async () => {
      sms.received.length = 0;
      const start = Date.parse('2026-11-30T10:00:00+08:00');
      at(new Date(start));
      await drain();
      const resident = await createMember(one.http, w.admin, w.id, ['resident'], {
        gridId: w.gridId,
      });
      const posted = await one.http
        .post('/api/v1/wishes')
        .set(bearer(resident))
        .send(wishBody({}))
        .expect(201);
      await one.http
        .post(`/api/v1/wishes/${posted.body.id}/approve`)
        .set(bearer(w.worker))
        .expect(200);
      // The first instance claims the events, then stalls before writing (a pause, a slow disk).
      const fanout = one.app.get(FanoutService);
      const fanOut = fanout.fanOut.bind(fanout);
      let stalled!: () => void;
      let resume!: () => void;
      const reached = new Promise<void>((r) => (stalled = r));
      const resumed = new Promise<void>((r) => (resume = r));
      const spy = jest.spyOn(fanout, 'fanOut').mockImplementation(async (m, e) => {
        stalled();
        await resumed;
        return fanOut(m, e);
      });
      try {
        const slow = one.app.get(DispatcherService).fanOutBatch();
        await reached;
        // Its lease runs out: the second instance takes the events over and fans them out.
        at(new Date(start + FANOUT_LEASE_MS + 1));
        while ((await two.app.get(DispatcherService).fanOutBatch()) > 0);
        resume();
        await expect(slow).resolves.toBeGreaterThan(0);
      } finally {
        spy.mockRestore();
      }
      at('2026-11-30T18:00:00+08:00');
      await drain();
      expect(texts().map((m) => [m.phone, m.text])).toEqual([
        [volunteer.phone, expect.stringContaining('您所在的网格有 1 个心愿等待志愿者接单。')],
      ]);
    });
  });
});

async function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
