import { login } from './factories/actors';
import { startApp, type TestApp } from './helpers/test-app';
import { DEMO_MEMBERS, DEMO_PASSWORD } from 'src/seed/demo-data';
import { BootstrapService } from 'src/seed/bootstrap.service';

describe('configuration, rate limits and the demo seed', () => {
  describe('invalid configuration stops boot with a message naming the variable', () => {
    it.each([
      [{ PORT: 'eighty' }, /PORT/],
      [{ DATABASE_URL: 'postgres://localhost/db' }, /DATABASE_URL/],
      [{ NODE_ENV: 'production', JWT_SECRET: '' }, /JWT_SECRET/],
      [{ RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE/],
      [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
      [{ PUBLIC_BASE_URL: 'not a url' }, /PUBLIC_BASE_URL/],
      [{ REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL/],
      [{ TRUST_PROXY: 'everyone' }, /TRUST_PROXY/],
    ])('%j', async (env, message) => {
      await expect(startApp(env)).rejects.toThrow(message);
    });
  });

  describe('with a budget of 3 requests a minute per IP', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp({ RATE_LIMIT_PER_MINUTE: '3' });
    });
    afterAll(() => t?.close());

    it('answers the 4th login attempt with 429 RATE_LIMITED, while other routes still work', async () => {
      for (let i = 0; i < 3; i++) {
        await t.http
          .post('/api/v1/auth/login')
          .send({ phone: '13000000000', password: 'whatever' })
          .expect(401);
      }
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ phone: '13000000000', password: 'whatever' })
        .expect(429);
      expect(res.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
      await t.http.get('/health').expect(200);
    });
  });

  describe('SEED_DEMO=true on an empty database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp({ SEED_DEMO: 'true' });
    });
    afterAll(() => t?.close());

    it('loads a demo community whose listed members can log in with their roles', async () => {
      for (const member of DEMO_MEMBERS) {
        const actor = await login(t.http, member.phone, DEMO_PASSWORD);
        const me = await t.http
          .get('/api/v1/me')
          .set({ Authorization: `Bearer ${actor.token}` })
          .expect(200);
        expect(me.body.roles).toEqual(member.roles);
        expect(me.body.community.code).toBe('DEMO');
        if (member.volunteer) expect(me.body.volunteer.status).toBe('approved');
      }
    });

    it('has something to see on every page: store items of each kind, an activity, wishes in several states, points', async () => {
      const volunteer = await login(t.http, DEMO_MEMBERS[3].phone, DEMO_PASSWORD);
      const auth = { Authorization: `Bearer ${volunteer.token}` };
      const items = (await t.http.get('/api/v1/store/items').set(auth).expect(200)).body.items;
      expect(new Set(items.map((i: { kind: string }) => i.kind))).toEqual(
        new Set(['goods', 'service', 'honor']),
      );
      const service = items.find((i: { kind: string }) => i.kind === 'service');
      expect(service.slots.length).toBeGreaterThan(0);
      const activities = (await t.http.get('/api/v1/activities').set(auth).expect(200)).body;
      expect(activities.items[0]).toMatchObject({ signedUpByMe: true });
      // In the day on the community's clock, whenever the demo was started: tomorrow 08:00–11:00,
      // the service slots at 09:00 and 14:00.
      const local = (iso: string) =>
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Asia/Shanghai',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(new Date(iso));
      expect([activities.items[0].startsAt, activities.items[0].endsAt].map(local)).toEqual([
        '08:00',
        '11:00',
      ]);
      expect(service.slots.map((x: { startsAt: string }) => local(x.startsAt))).toEqual([
        '09:00',
        '14:00',
      ]);
      const wishes = (await t.http.get('/api/v1/wishes?limit=100').set(auth).expect(200)).body;
      expect(new Set(wishes.items.map((w: { status: string }) => w.status))).toEqual(
        new Set(['pending_review', 'open', 'claimed', 'closed']),
      );
      const points = (await t.http.get('/api/v1/me/points').set(auth).expect(200)).body;
      expect(points.balance).toBeGreaterThan(0);
      const mine = (await t.http.get('/api/v1/me/redemptions').set(auth).expect(200)).body;
      expect(mine.items[0]).toMatchObject({ status: 'reserved', pickupCode: expect.any(String) });
      // Service on the record to certify, and a report waiting for the grid worker.
      const record = (await t.http.get('/api/v1/me/service-record').set(auth).expect(200)).body;
      expect(record.totals).toMatchObject({ minutes: 210, services: 2, wishes: 1 });
      await t.http
        .post('/api/v1/me/certificates')
        .set(auth)
        .send({ from: record.services.at(-1).date, to: record.services[0].date })
        .expect(201);
    });

    it("gives the demo grid's QR link for the start-up log", async () => {
      const link = await t.app.get(BootstrapService).demoIntakeLink();
      expect(link).toMatch(/^https:\/\/points\.example\.org\/wish\?g=[A-Za-z0-9_-]{32}$/);
    });
  });
});
