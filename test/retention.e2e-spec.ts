import { DataSource } from 'typeorm';
import { RetentionService } from 'src/common/retention/retention.service';
import { fromDbTime } from 'src/database/raw-time';
import { DispatcherService } from 'src/notifications/dispatcher.service';
import { verifyLedger } from 'src/points/verify-ledger';
import { ERASED_NAME } from 'src/wishes/wish-retention';
import { bearer, loginPlatformAdmin, type Actor } from './factories/actors';
import { completedQrWish, residentOf, volunteerOf, world, type World } from './factories/world';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';

const DAY = 86_400_000;
const SECOND = 1000;

describe('retention (issue 30): contact details and technical records kept only as long as needed', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startApp();
    w = await world(t.http, await loginPlatformAdmin(t.http));
  });
  afterAll(() => t?.close());

  const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) =>
    t.app.get(DataSource).query<T[]>(q, p);
  const sweep = (at: number) => t.app.get(RetentionService).sweep(new Date(at));
  const contact = async (id: string) =>
    (
      await sql<{ contact_name: string; contact_phone: string; address: string | null }>(
        'SELECT contact_name, contact_phone, address FROM wishes WHERE id = ?',
        [id],
      )
    )[0];

  /** A QR wish helped by `v` and rated `rating` through its tracking code, closed at `closedAt`. */
  async function closedQrWish(v: Actor, rating: number, closedAt: number) {
    const wish = await completedQrWish(t.http, w, v, {
      contactName: '王奶奶',
      contactPhone: '13912340001',
      address: '5号楼 2单元 301',
    });
    const clock = testClock(t.app);
    try {
      clock.at(new Date(closedAt));
      await t.http
        .post(`/api/v1/public/wishes/${wish.trackingCode}/feedback`)
        .send({ rating, comment: '谢谢' })
        .expect(200);
    } finally {
      clock.reset();
    }
    return wish.id;
  }

  it('erases a QR wish’s contact 90 days after it closed, to the second, and keeps the wish, rating and points', async () => {
    const v = await volunteerOf(t.http, w);
    const closedAt = Date.now();
    const id = await closedQrWish(v, 5, closedAt);
    const balance = async () =>
      (await t.http.get('/api/v1/me/points').set(bearer(v)).expect(200)).body.balance as number;
    const earned = await balance();
    expect(earned).toBeGreaterThan(0);

    await sweep(closedAt + 90 * DAY - SECOND);
    expect(await contact(id)).toEqual({
      contact_name: '王奶奶',
      contact_phone: '13912340001',
      address: '5号楼 2单元 301',
    });
    // Two instances sweeping at once: erased once, no error.
    const [a, b] = await Promise.all([sweep(closedAt + 90 * DAY), sweep(closedAt + 90 * DAY)]);
    expect(
      a.counts['wish contacts erased'] + b.counts['wish contacts erased'],
    ).toBeGreaterThanOrEqual(1);
    expect(await contact(id)).toEqual({
      contact_name: ERASED_NAME,
      contact_phone: '',
      address: null,
    });

    const seen = await t.http.get(`/api/v1/wishes/${id}`).set(bearer(w.worker)).expect(200);
    expect(seen.body).toMatchObject({ status: 'closed', rating: 5, contactName: ERASED_NAME });
    expect(JSON.stringify(seen.body)).not.toContain('13912340001');
    expect(await balance()).toBe(earned);
    expect(await verifyLedger(t.app.get(DataSource))).toEqual([]);
  });

  it('keeps the contact while a follow-up is open, and an app wish’s (the account holds it)', async () => {
    const v = await volunteerOf(t.http, w);
    const closedAt = Date.now();
    const low = await closedQrWish(v, 2, closedAt); // a low rating opens a follow-up
    await sweep(closedAt + 200 * DAY);
    expect((await contact(low)).contact_phone).toBe('13912340001');
    await t.http
      .post(`/api/v1/wishes/${low}/follow-up/resolve`)
      .set(bearer(w.worker))
      .send({ note: '已回访，老人满意' })
      .expect(200);
    await sweep(closedAt + 200 * DAY);
    expect((await contact(low)).contact_name).toBe(ERASED_NAME);

    const resident = await residentOf(t.http, w);
    const own = await t.http
      .post('/api/v1/wishes')
      .set(bearer(resident))
      .send({ title: '换灯泡', description: '厨房灯坏了', category: 'repair', urgency: 'normal' })
      .expect(201);
    await t.http.post(`/api/v1/wishes/${own.body.id}/cancel`).set(bearer(resident)).expect(200);
    await sweep(Date.now() + 200 * DAY);
    expect((await contact(own.body.id)).contact_phone).toBe(resident.phone);
  });

  it('prunes refresh tokens, idempotency records, attempt counters, notifications and old pair months on their schedules', async () => {
    const v = await volunteerOf(t.http, w);
    // A record of each kind, as the app writes them.
    await closedQrWish(v, 5, Date.now()); // notifications
    await t.app.get(DispatcherService).drain();
    await t.http.get('/api/v1/public/wishes/ZZZZZZZZ').expect(404); // an attempt counter
    await t.http
      .post('/api/v1/me/notifications/read')
      .set(bearer(v))
      .set('Idempotency-Key', `retention-${v.id}`)
      .send({ all: true })
      .expect(200); // an idempotency record
    const cases: {
      table: string;
      column: string;
      days: number;
      where: string;
      params: unknown[];
    }[] = [
      {
        table: 'refresh_tokens',
        column: 'expires_at',
        days: 7,
        where: 'user_id = ?',
        params: [v.id],
      },
      {
        table: 'idempotency_keys',
        column: 'created_at',
        days: 7,
        where: 'scope = ?',
        params: [v.id],
      },
      {
        table: 'attempt_counters',
        column: 'window_start',
        days: 1,
        where: "attempt_key LIKE 'track:%'",
        params: [],
      },
      {
        table: 'notifications',
        column: 'created_at',
        days: 180,
        where: 'user_id = ?',
        params: [v.id],
      },
    ];
    // Each record's deadline, then the sweeps in deadline order: a later sweep prunes more.
    const count = async (c: (typeof cases)[number]) =>
      Number(
        (
          await sql<{ n: number }>(
            `SELECT COUNT(*) AS n FROM ${c.table} WHERE ${c.where}`,
            c.params,
          )
        )[0].n,
      );
    const due = [];
    for (const c of cases) {
      const rows = await sql<{ at: Date | string | null }>(
        `SELECT MAX(${c.column}) AS at FROM ${c.table} WHERE ${c.where}`,
        c.params,
      );
      expect({ table: c.table, found: rows[0].at !== null }).toEqual({
        table: c.table,
        found: true,
      });
      due.push({ ...c, deadline: fromDbTime(rows[0].at!).getTime() + c.days * DAY });
    }
    due.sort((x, y) => x.deadline - y.deadline);
    for (const c of due) {
      await sweep(c.deadline - SECOND);
      expect({ table: c.table, left: (await count(c)) > 0 }).toEqual({
        table: c.table,
        left: true,
      });
      await sweep(c.deadline + SECOND);
      expect({ table: c.table, left: await count(c) }).toEqual({ table: c.table, left: 0 });
    }
    // The pair cap's month row (a rating makes one), after the sweeps above.
    const helper = await volunteerOf(t.http, w);
    await closedQrWish(helper, 5, Date.now());
    const pairs = async () =>
      Number(
        (
          await sql<{ n: number }>(
            'SELECT COUNT(*) AS n FROM point_pair_months WHERE volunteer_id = ?',
            [helper.id],
          )
        )[0].n,
      );
    expect(await pairs()).toBe(1);
    await sweep(Date.now() + 31 * DAY); // next month: still the previous one
    expect(await pairs()).toBe(1);
    await sweep(Date.now() + 75 * DAY);
    expect(await pairs()).toBe(0);
  });
});
