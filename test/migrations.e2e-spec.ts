import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { DEFAULT_RULES } from 'src/points/rules/point-rules';
import { verifyLedger } from 'src/points/verify-ledger';
import { bearer, login, loginPlatformAdmin, PASSWORD, type Actor } from './factories/actors';
import { nextPhone } from './factories/phones';
import { qrWish } from './factories/wishes';
import { completedAppWish, residentOf, volunteerOf, world, type World } from './factories/world';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';
import { createTestDatabase, type TestDatabase } from './helpers/test-db';

type Row = Record<string, unknown>;

/**
 * Issue 26's and 27's migrations on data written by the app, not on empty tables: taken down, the
 * data put back in the shape the code before them wrote, then run up again.
 */
describe('issue 26 migrations on existing data', () => {
  let db: TestDatabase;
  let t: TestApp;
  let w: World;
  let ds: DataSource | undefined;
  let closed = false;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startApp({}, { database: db });
    w = await world(t.http, await loginPlatformAdmin(t.http), { timezone: 'Pacific/Honolulu' });
  });
  afterAll(async () => {
    await ds?.destroy();
    if (!closed) await t?.close();
    await db?.drop();
  });

  const sql = (q: string, p: unknown[] = []): Promise<Row[]> => t.app.get(DataSource).query(q, p);
  const post = (actor: Actor, path: string, body: object = {}) =>
    t.http.post(`/api/v1${path}`).set(bearer(actor)).send(body);

  it('splits approved service by day, merges pair rows by phone, and detaches wishes from unproven phones', async () => {
    await t.http
      .put(`/api/v1/communities/${w.id}/point-rules`)
      .set(bearer(w.admin))
      .send({ ...DEFAULT_RULES, pairMonthlyCap: 5 })
      .expect(200);
    const v = await volunteerOf(t.http, w);
    const clock = testClock(t.app);
    try {
      clock.at('2026-12-01T08:00:00Z'); // 30 Nov 22:00 in Honolulu
      const act = await post(w.worker, '/activities', {
        title: '跨夜值守',
        startsAt: '2026-12-01T09:00:00Z',
        endsAt: '2026-12-01T11:00:00Z',
        capacity: 3,
      }).expect(201);
      await post(v, `/activities/${act.body.id}/signups`).expect(201);
      clock.at('2026-12-01T12:00:00Z');
      await post(w.worker, `/activities/${act.body.id}/attendances/${v.id}/mark`, {
        checkInAt: '2026-12-01T09:00:00Z',
        checkOutAt: '2026-12-01T11:00:00Z',
      }).expect(200);
      await post(w.admin, `/activities/${act.body.id}/attendances/${v.id}/approve`).expect(200);
      const rec = await post(v, '/service-records', {
        date: '2026-11-29',
        minutes: 45,
        description: '入户走访',
      }).expect(201);
      await post(w.worker, `/service-records/${rec.body.id}/approve`).expect(200);
    } finally {
      clock.reset();
    }
    const MINUTES_SQL =
      'SELECT source_type, source_id, day, minutes FROM service_minutes ORDER BY source_type, day';
    const byDay = (rows: Row[]): [unknown, unknown, unknown, number][] =>
      rows.map((r) => [r.source_type, r.source_id, r.day, Number(r.minutes)]);
    const minutesRows = async () => byDay(await sql(MINUTES_SQL));
    const before = await minutesRows();
    expect(before.map(([type, , day, minutes]) => [type, day, minutes])).toEqual([
      ['attendance', '2026-11-30', 60],
      ['attendance', '2026-12-01', 60],
      ['service_record', '2026-11-29', 45],
    ]);

    // A resident staff added, whose wish earned v points: the pair's month row.
    const member = await residentOf(t.http, w);
    const wishId = await completedAppWish(t.http, w, member, v);
    await post(member, `/wishes/${wishId}/feedback`, { rating: 5 }).expect(200);
    const [pair] = await sql('SELECT id, period FROM point_pair_months WHERE volunteer_id = ?', [
      v.id,
    ]);
    // A self-registered resident, and QR wishes with both phones.
    const community = await t.http.get(`/api/v1/communities/${w.id}`).set(bearer(w.admin));
    const phone = nextPhone();
    await t.http
      .post('/api/v1/auth/register')
      .send({
        privacyVersion: PRIVACY_NOTICE.version,
        communityCode: community.body.code,
        phone,
        password: PASSWORD,
        name: '新住户',
      })
      .expect(201);
    const registered = await login(t.http, phone);
    const theirs = await qrWish(t.http, w.intakeToken, { contactPhone: phone });
    const members = await qrWish(t.http, w.intakeToken, { contactPhone: member.phone });
    await t.close();
    closed = true;

    ds = new DataSource(buildDataSourceOptions(db.url));
    await ds.initialize();
    await ds.undoLastMigration(); // consents (issue 30)
    await ds.undoLastMigration(); // retention (issue 30)
    await ds.undoLastMigration(); // record corrections (issue 29)
    await ds.undoLastMigration(); // service record, certificates (issue 29)
    await ds.undoLastMigration(); // my service records' index (issue 28)
    await ds.undoLastMigration(); // open lots (issue 27)
    await ds.undoLastMigration(); // no hot rows (issue 27)
    // Taken down, a system account's row holds its balance again, as the code before kept it.
    const systemRows = await ds.query<Row[]>(
      `SELECT a.balance, (SELECT COALESCE(SUM(e.amount), 0) FROM point_entries e WHERE e.account_id = a.id) AS total
       FROM point_accounts a WHERE a.kind <> 'member'`,
    );
    expect(systemRows.length).toBeGreaterThan(0);
    expect(systemRows.some((r) => Number(r.balance) !== 0)).toBe(true);
    for (const r of systemRows) expect(Number(r.balance)).toBe(Number(r.total));
    await ds.undoLastMigration(); // phone proof
    await ds.undoLastMigration(); // figures by day
    const q = ds.createQueryRunner();
    expect(await q.hasTable('service_minutes')).toBe(false);
    expect(await q.hasColumn('users', 'phone_verified_at')).toBe(false);
    await q.release();
    // What the code before wrote: QR wishes attached by phone alone, pair rows by account (and
    // a phone-keyed row of the same pair and month from before the resident had an account).
    await ds.query('UPDATE wishes SET owner_id = ? WHERE id = ?', [registered.id, theirs.id]);
    await ds.query('UPDATE point_pair_months SET resident_key = ? WHERE id = ?', [
      `user:${member.id}`,
      pair.id,
    ]);
    await ds.query(
      `INSERT INTO point_pair_months (id, community_id, resident_key, volunteer_id, period, awards, created_at, updated_at)
       SELECT ?, community_id, ?, volunteer_id, period, 2, created_at, updated_at FROM point_pair_months WHERE id = ?`,
      ['01900000-0000-7000-8000-0000000000aa', `phone:${member.phone}`, pair.id],
    );

    await ds.runMigrations();
    expect(byDay(await ds.query(MINUTES_SQL))).toEqual(before);
    const pairs = await ds.query<Row[]>(
      'SELECT resident_key, awards FROM point_pair_months WHERE volunteer_id = ? AND period = ?',
      [v.id, pair.period],
    );
    expect(pairs.map((p) => [p.resident_key, Number(p.awards)])).toEqual([
      [`phone:${member.phone}`, 3],
    ]);
    const verified = async (id: string) =>
      (await ds!.query<Row[]>('SELECT phone_verified_at FROM users WHERE id = ?', [id]))[0]
        .phone_verified_at !== null;
    expect(await verified(member.id)).toBe(true);
    expect(await verified(v.id)).toBe(true);
    expect(await verified(registered.id)).toBe(false);
    const owner = async (id: string) =>
      (await ds!.query<Row[]>('SELECT owner_id FROM wishes WHERE id = ?', [id]))[0].owner_id;
    expect(await owner(theirs.id)).toBeNull();
    expect(await owner(members.id)).toBe(member.id);
    // Issue 27: the system rows' totals are zeroed, their balance is their entries' sum.
    expect(await verifyLedger(ds)).toEqual([]);
  });
});
