import { DataSource } from 'typeorm';
import { TransactionService } from 'src/database/transaction.service';
import { EventsService } from 'src/events/events.service';
import { bearer, createMember, loginPlatformAdmin, type Actor } from './factories/actors';
import { qrWish, toCompleted } from './factories/wishes';
import { residentOf, volunteerOf, world, type World } from './factories/world';
import { ALL_EVENTS } from './helpers/events';
import { startApp, type TestApp } from './helpers/test-app';

/**
 * The transactional outbox: each state change that others care about writes one domain event,
 * in its own transaction, from the service that owns it; a refused change writes none.
 */
describe('domain events (outbox)', () => {
  let t: TestApp;
  let w: World;
  let volunteer: Actor;

  beforeAll(async () => {
    t = await startApp();
    w = await world(t.http, await loginPlatformAdmin(t.http));
    volunteer = await volunteerOf(t.http, w);
  });
  afterAll(() => t?.close());

  interface Published {
    type: string;
    communityId: string;
    actorId: string | null;
    data: Record<string, unknown>;
  }
  interface Row {
    type: string;
    community_id: string;
    actor_id: string | null;
    data: string;
  }
  const eventsOf = async (subjectId: string): Promise<Published[]> => {
    const rows: Row[] = await t.app
      .get(DataSource)
      .query(
        `SELECT type, community_id, actor_id, data FROM ${ALL_EVENTS} WHERE subject_id = ? ORDER BY id`,
        [subjectId],
      );
    return rows.map((r) => ({
      type: r.type,
      communityId: r.community_id,
      actorId: r.actor_id,
      data: JSON.parse(r.data) as Record<string, unknown>,
    }));
  };
  const count = async () =>
    Number((await t.app.get(DataSource).query(`SELECT COUNT(*) AS n FROM ${ALL_EVENTS}`))[0].n);

  it('a wish publishes each step, by whom, with what listeners need to find its people', async () => {
    const wish = await qrWish(t.http, w.intakeToken);
    await toCompleted(t.http, wish.id, w.worker, volunteer);
    await t.http
      .post(`/api/v1/public/wishes/${wish.trackingCode}/feedback`)
      .send({ rating: 2 })
      .expect(200);
    const events = await eventsOf(wish.id);
    expect(events.map((e) => e.type)).toEqual([
      'wish.submitted',
      'wish.approved',
      'wish.claimed',
      'wish.completed',
      'wish.rated',
      'wish.follow_up_opened',
    ]);
    expect(events[0]).toMatchObject({ communityId: w.id, actorId: null });
    expect(events[1].actorId).toBe(w.worker.id);
    expect(events[2]).toMatchObject({
      actorId: volunteer.id,
      data: { gridId: w.gridId, claimerId: volunteer.id, status: 'claimed' },
    });
    const earned: { data: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT data FROM ${ALL_EVENTS} WHERE type = 'points.earned'`);
    expect(earned.map((r) => JSON.parse(r.data) as unknown)).toContainEqual(
      expect.objectContaining({ userId: volunteer.id, points: 2, kind: 'earn_wish' }),
    );
  });

  it('a refused change publishes nothing', async () => {
    const wish = await qrWish(t.http, w.intakeToken);
    await t.http.post(`/api/v1/wishes/${wish.id}/approve`).set(bearer(w.worker)).expect(200);
    await t.http.post(`/api/v1/wishes/${wish.id}/claim`).set(bearer(volunteer)).expect(200);
    const before = await count();
    const other = await volunteerOf(t.http, w);
    await t.http.post(`/api/v1/wishes/${wish.id}/claim`).set(bearer(other)).expect(409);
    const poor = await residentOf(t.http, w);
    const item = await t.http
      .post('/api/v1/store/items')
      .set(bearer(w.staff))
      .send({ name: '米', kind: 'goods', pricePoints: 5, stock: 3 })
      .expect(201);
    await t.http
      .post('/api/v1/store/redemptions')
      .set(bearer(poor))
      .send({ itemId: item.body.id, quantity: 1 })
      .expect(409);
    expect(await count()).toBe(before);
  });

  it('is written in the transaction of the change: rolled back with it', async () => {
    const before = await count();
    await expect(
      t.app.get(TransactionService).run(async (m) => {
        await t.app.get(EventsService).publish(m, {
          type: 'wish.submitted',
          communityId: w.id,
          subject: { type: 'wish', id: w.id },
          actorId: null,
        });
        throw new Error('the change fails after publishing');
      }),
    ).rejects.toThrow('the change fails');
    expect(await count()).toBe(before);
  });

  it('costs the change one statement: the row is not read back', async () => {
    const before = await count();
    let statements = 0;
    await t.app.get(TransactionService).run(async (m) => {
      const spy = jest.spyOn(m.queryRunner!, 'query');
      await t.app.get(EventsService).publish(m, {
        type: 'wish.submitted',
        communityId: w.id,
        subject: { type: 'wish', id: w.id },
        actorId: null,
      });
      statements = spy.mock.calls.length;
      spy.mockRestore();
    });
    expect(statements).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('redemptions publish reserved, fulfilled and cancelled, never the pickup code', async () => {
    const member = await residentOf(t.http, w);
    await t.http
      .post(`/api/v1/members/${member.id}/points/adjustments`)
      .set(bearer(w.admin))
      .send({ delta: 20, reason: '测试' })
      .expect(201);
    const item = await t.http
      .post('/api/v1/store/items')
      .set(bearer(w.staff))
      .send({ name: '油', kind: 'goods', pricePoints: 5, stock: 5 })
      .expect(201);
    const reserve = () =>
      t.http
        .post('/api/v1/store/redemptions')
        .set(bearer(member))
        .send({ itemId: item.body.id, quantity: 1 })
        .expect(201);
    const kept = await reserve();
    const dropped = await reserve();
    await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(w.staff))
      .send({ pickupCode: kept.body.pickupCode })
      .expect(200);
    await t.http
      .post(`/api/v1/store/redemptions/${dropped.body.id}/cancel`)
      .set(bearer(member))
      .expect(200);
    expect((await eventsOf(kept.body.id)).map((e) => e.type)).toEqual([
      'redemption.reserved',
      'redemption.fulfilled',
    ]);
    const cancelled = await eventsOf(dropped.body.id);
    expect(cancelled.map((e) => e.type)).toEqual(['redemption.reserved', 'redemption.cancelled']);
    expect(cancelled[0].data).toMatchObject({ memberId: member.id, itemName: '油', points: 5 });
    expect(JSON.stringify(cancelled)).not.toContain(dropped.body.pickupCode);
  });

  it('decisions on service records, attendances and volunteers are published', async () => {
    const v = await volunteerOf(t.http, w);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const record = (description: string) =>
      t.http
        .post('/api/v1/service-records')
        .set(bearer(v))
        .send({ date: yesterday, minutes: 60, description })
        .expect(201);
    const ok = await record('打扫楼道');
    const no = await record('重复上报');
    await t.http
      .post(`/api/v1/service-records/${ok.body.id}/approve`)
      .set(bearer(w.worker))
      .expect(200);
    await t.http
      .post(`/api/v1/service-records/${no.body.id}/reject`)
      .set(bearer(w.worker))
      .send({ reason: '重复' })
      .expect(200);
    expect((await eventsOf(ok.body.id)).map((e) => e.type)).toEqual(['service_record.approved']);
    expect((await eventsOf(no.body.id)).map((e) => e.type)).toEqual(['service_record.rejected']);

    const startsAt = new Date(Date.now() - 2 * 3_600_000);
    const activity = await t.http
      .post('/api/v1/activities')
      .set(bearer(w.worker))
      .send({
        title: '义诊',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        capacity: 5,
      })
      .expect(201);
    const id = activity.body.id as string;
    await t.http.post(`/api/v1/activities/${id}/signups`).set(bearer(v)).expect(201);
    await t.http
      .post(`/api/v1/activities/${id}/attendances/${v.id}/mark`)
      .set(bearer(w.worker))
      .send({
        checkInAt: startsAt.toISOString(),
        checkOutAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      })
      .expect(200);
    const list = await t.http.get(`/api/v1/activities/${id}/attendances`).set(bearer(w.worker));
    await t.http
      .post(`/api/v1/activities/${id}/attendances/${v.id}/approve`)
      .set(bearer(w.admin))
      .send({})
      .expect(200);
    const attendance = await eventsOf(list.body.items[0].id);
    expect(attendance).toEqual([
      expect.objectContaining({
        type: 'attendance.approved',
        data: expect.objectContaining({ volunteerId: v.id, minutes: 60 }),
      }),
    ]);

    const applicant = await createMember(t.http, w.admin, w.id, ['resident']);
    await t.http.post('/api/v1/volunteers/apply').set(bearer(applicant)).send({}).expect(201);
    await t.http
      .post(`/api/v1/volunteers/${applicant.id}/approve`)
      .set(bearer(w.admin))
      .expect(201);
    expect((await eventsOf(applicant.id)).map((e) => e.type)).toEqual(['volunteer.approved']);
  });
});
