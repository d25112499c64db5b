import { bearer, createMember, loginPlatformAdmin, type Actor } from './factories/actors';
import { qrWish, toCompleted } from './factories/wishes';
import { world, type World } from './factories/world';
import { startApp, type TestApp } from './helpers/test-app';

describe('staff work: dispatch candidates and follow-ups', () => {
  let t: TestApp;
  let w: World;
  let gridB: string;

  const post = (actor: Actor, path: string, body: object = {}) =>
    t.http.post(`/api/v1${path}`).set(bearer(actor)).send(body);
  const volunteer = (name: string, skills: string[], gridId: string) =>
    createMember(t.http, w.admin, w.id, ['resident', 'volunteer'], {
      name,
      gridId,
      volunteer: { skills },
    });

  beforeAll(async () => {
    t = await startApp();
    w = await world(t.http, await loginPlatformAdmin(t.http));
    gridB = (await post(w.admin, `/communities/${w.id}/grids`, { name: 'Grid B' }).expect(201)).body
      .id;
  });
  afterAll(() => t?.close());

  it("offers the grid's approved volunteers, matching skills first, then the least busy", async () => {
    const busy = await volunteer('甲 维修忙', ['repair'], w.gridId);
    const free = await volunteer('乙 维修闲', ['repair'], w.gridId);
    const other = await volunteer('丙 不会修', ['tutoring'], w.gridId);
    const elsewhere = await volunteer('丁 别的网格', ['repair'], gridB);
    const suspended = await volunteer('戊 已暂停', ['repair'], w.gridId);
    await post(w.admin, `/volunteers/${suspended.id}/suspend`).expect(201);
    const keep = await qrWish(t.http, w.intakeToken, { category: 'repair' });
    await post(w.worker, `/wishes/${keep.id}/approve`).expect(200);
    await post(busy, `/wishes/${keep.id}/claim`).expect(200);

    const wish = await qrWish(t.http, w.intakeToken, { category: 'repair' });
    await post(w.worker, `/wishes/${wish.id}/approve`).expect(200);
    const res = await t.http
      .get(`/api/v1/wishes/${wish.id}/candidates`)
      .set(bearer(w.worker))
      .expect(200);
    const items = res.body.items as { id: string; activeWishes: number; skillMatch: boolean }[];
    expect(items.map((i) => i.id)).toEqual([free.id, busy.id, other.id]);
    expect(items[1]).toMatchObject({ activeWishes: 1, skillMatch: true });
    expect(items[2]).toMatchObject({ activeWishes: 0, skillMatch: false });
    expect(items.map((i) => i.id)).not.toContain(elsewhere.id);
    expect(res.body.items[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    await t.http.get(`/api/v1/wishes/${wish.id}/candidates`).set(bearer(free)).expect(403);
  });

  it('resolves a follow-up once, with a note in the history and the audit log', async () => {
    const helper = await volunteer('己', [], w.gridId);
    const wish = await qrWish(t.http, w.intakeToken);
    await toCompleted(t.http, wish.id, w.worker, helper);
    await t.http
      .post(`/api/v1/public/wishes/${wish.trackingCode}/feedback`)
      .send({ rating: 2, comment: '来晚了' })
      .expect(200);
    const open = await t.http.get('/api/v1/wishes?followUp=true').set(bearer(w.worker)).expect(200);
    expect(open.body.items.map((i: { id: string }) => i.id)).toContain(wish.id);

    await post(helper, `/wishes/${wish.id}/follow-up/resolve`, { note: '已致歉' }).expect(403);
    await post(w.worker, `/wishes/${wish.id}/follow-up/resolve`, { note: ' ' }).expect(400);
    const done = await post(w.worker, `/wishes/${wish.id}/follow-up/resolve`, {
      note: '已上门致歉，居民表示理解',
    }).expect(200);
    expect(done.body.followUpOpen).toBe(false);
    const again = await post(w.admin, `/wishes/${wish.id}/follow-up/resolve`, { note: '再次' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_STATE');

    const still = await t.http
      .get('/api/v1/wishes?followUp=true')
      .set(bearer(w.worker))
      .expect(200);
    expect(still.body.items.map((i: { id: string }) => i.id)).not.toContain(wish.id);
    const track = await t.http.get(`/api/v1/public/wishes/${wish.trackingCode}`).expect(200);
    // The resident sees that the community followed up, not the staff's note.
    expect(track.body.history).toContainEqual(
      expect.objectContaining({ type: 'follow_up_resolved', note: null }),
    );
    const audit = await t.http
      .get(`/api/v1/audit-log?targetId=${wish.id}&action=wish.follow_up_resolve`)
      .set(bearer(w.admin))
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ after: { followUpOpen: false, note: '已上门致歉，居民表示理解' } }),
    ]);
  });

  it('resolves a follow-up once when two workers press at the same moment', async () => {
    const helper = await volunteer('庚', [], w.gridId);
    const wish = await qrWish(t.http, w.intakeToken);
    await toCompleted(t.http, wish.id, w.worker, helper);
    await t.http
      .post(`/api/v1/public/wishes/${wish.trackingCode}/feedback`)
      .send({ rating: 1 })
      .expect(200);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post(i % 2 ? w.admin : w.worker, `/wishes/${wish.id}/follow-up/resolve`, {
          note: `回访 ${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).every((r) => r.status === 409)).toBe(true);
    const audit = await t.http
      .get(`/api/v1/audit-log?targetId=${wish.id}&action=wish.follow_up_resolve`)
      .set(bearer(w.admin))
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
  });
});
