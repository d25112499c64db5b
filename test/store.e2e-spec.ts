import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { verifyLedger } from 'src/points/verify-ledger';
import { RedemptionsService } from 'src/store/redemptions.service';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { startApp, type TestApp } from './helpers/test-app';

describe('points store', () => {
  let t: TestApp;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let staff: Actor;
  let otherStaff: Actor;

  beforeAll(async () => {
    t = await startApp();
    const platform = await loginPlatformAdmin(t.http);
    a = await createCommunity(t.http, platform);
    b = await createCommunity(t.http, platform);
    staff = await createMember(t.http, a.admin, a.id, ['store_staff']);
    otherStaff = await createMember(t.http, b.admin, b.id, ['store_staff']);
  });
  afterAll(() => t?.close());

  const memberWith = async (points: number) => {
    const m = await createMember(t.http, a.admin, a.id, ['resident']);
    if (points) {
      await t.http
        .post(`/api/v1/members/${m.id}/points/adjustments`)
        .set(bearer(a.admin))
        .send({ delta: points, reason: 'test credit' })
        .expect(201);
    }
    return m;
  };
  const item = async (body: Record<string, unknown>) =>
    (await t.http.post('/api/v1/store/items').set(bearer(staff)).send(body).expect(201)).body as {
      id: string;
    };
  const redeem = (actor: Actor, body: Record<string, unknown>) =>
    t.http
      .post('/api/v1/store/redemptions')
      .set(bearer(actor))
      .send({ quantity: 1, ...body });
  const balance = async (actor: Actor) =>
    (await t.http.get('/api/v1/me/points').set(bearer(actor)).expect(200)).body.balance as number;
  const stockOf = async (actor: Actor, id: string) =>
    (await t.http.get('/api/v1/store/items').set(bearer(actor)).expect(200)).body.items.find(
      (i: { id: string }) => i.id === id,
    )?.available as number;
  const expectLedgerOk = async () => expect(await verifyLedger(t.app.get(DataSource))).toEqual([]);

  it('reserve → verify pickup code → fulfilled; the code cannot be used twice', async () => {
    const rice = await item({ name: '大米 5kg', kind: 'goods', pricePoints: 30, stock: 10 });
    const m = await memberWith(100);
    const res = await redeem(m, { itemId: rice.id, quantity: 2 }).expect(201);
    expect(res.body).toMatchObject({
      status: 'reserved',
      points: 60,
      quantity: 2,
      pickupCode: expect.stringMatching(/^[A-Z0-9]{10}$/),
    });
    expect(await balance(m)).toBe(40);
    expect(await stockOf(m, rice.id)).toBe(8);
    const done = await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(staff))
      .send({ pickupCode: res.body.pickupCode })
      .expect(200);
    expect(done.body).toMatchObject({ id: res.body.id, status: 'fulfilled' });
    const again = await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(staff))
      .send({ pickupCode: res.body.pickupCode })
      .expect(409);
    expect(again.body.message).toMatch(/already been used/);
    await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(staff))
      .send({ pickupCode: 'ZZZZZZZZZZ' })
      .expect(404);
    await t.http.post(`/api/v1/store/redemptions/${res.body.id}/cancel`).set(bearer(m)).expect(409);
  });

  it('reserve → cancel: the balance, the exact lots and the stock come back', async () => {
    const oil = await item({ name: '食用油', kind: 'goods', pricePoints: 25, stock: 3 });
    const m = await memberWith(50);
    const res = await redeem(m, { itemId: oil.id }).expect(201);
    expect(await balance(m)).toBe(25);
    const cancelled = await t.http
      .post(`/api/v1/store/redemptions/${res.body.id}/cancel`)
      .set(bearer(m))
      .send({})
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await balance(m)).toBe(50);
    expect(await stockOf(m, oil.id)).toBe(3);
    const entries = (await t.http.get('/api/v1/me/points/entries').set(bearer(m)).expect(200)).body
      .items;
    expect(entries.map((e: { kind: string; amount: number }) => [e.kind, e.amount])).toEqual([
      ['refund', 25],
      ['redeem', -25],
      ['adjust', 50],
    ]);
    await t.http.post(`/api/v1/store/redemptions/${res.body.id}/cancel`).set(bearer(m)).expect(409);
    const stranger = await memberWith(0);
    await t.http
      .post(`/api/v1/store/redemptions/${res.body.id}/cancel`)
      .set(bearer(stranger))
      .expect(404);
    await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(staff))
      .send({ pickupCode: res.body.pickupCode })
      .expect(409);
    await expectLedgerOk();
  });

  it('cancels and refunds reservations not picked up within the window', async () => {
    const soap = await item({ name: '洗衣液', kind: 'goods', pricePoints: 10, stock: 2 });
    const m = await memberWith(10);
    const res = await redeem(m, { itemId: soap.id }).expect(201);
    await t.app
      .get(DataSource)
      .query('UPDATE redemptions SET expires_at = ? WHERE id = ?', [
        '2020-01-01 00:00:00.000',
        res.body.id,
      ]);
    const out = await t.app.get(RedemptionsService).expirePickups(new Date());
    expect(out.cancelled).toBeGreaterThanOrEqual(1);
    expect(await balance(m)).toBe(10);
    expect(await stockOf(m, soap.id)).toBe(2);
    const mine = await t.http.get('/api/v1/me/redemptions').set(bearer(m)).expect(200);
    expect(mine.body.items[0]).toMatchObject({ id: res.body.id, status: 'cancelled' });
  });

  it('redeems at the counter with a fresh member card, refuses an expired or foreign one', async () => {
    const towel = await item({ name: '毛巾', kind: 'goods', pricePoints: 5, stock: 5 });
    const m = await memberWith(20);
    const card = await t.http.get('/api/v1/me/card').set(bearer(m)).expect(200);
    expect(new Date(card.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    const res = await t.http
      .post('/api/v1/store/counter-redemptions')
      .set(bearer(staff))
      .send({ cardToken: card.body.token, itemId: towel.id, quantity: 2 })
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'fulfilled',
      channel: 'counter',
      points: 10,
      memberId: m.id,
    });
    expect(res.body.pickupCode).toBeUndefined();
    expect(await balance(m)).toBe(10);

    const expired = await t.app
      .get(JwtService)
      .signAsync({ typ: 'card', sub: m.id, cid: a.id, exp: Math.floor(Date.now() / 1000) - 10 });
    const refused = await t.http
      .post('/api/v1/store/counter-redemptions')
      .set(bearer(staff))
      .send({ cardToken: expired, itemId: towel.id, quantity: 1 })
      .expect(400);
    expect(refused.body.message).toMatch(/expired/);
    await t.http
      .post('/api/v1/store/counter-redemptions')
      .set(bearer(otherStaff))
      .send({ cardToken: card.body.token, itemId: towel.id, quantity: 1 })
      .expect(404);
    await t.http
      .get('/api/v1/me')
      .set(bearer({ token: card.body.token }))
      .expect(401);
    const png = await t.http.get('/api/v1/me/card?format=png').set(bearer(m)).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(await balance(m)).toBe(10);
  });

  it('shows the counter whose card it is and their balance before charging, changing nothing', async () => {
    const cup = await item({ name: '水杯', kind: 'goods', pricePoints: 5, stock: 5 });
    const m = await memberWith(20);
    const card = await t.http.get('/api/v1/me/card').set(bearer(m)).expect(200);
    const inspect = (actor: Actor, cardToken: string) =>
      t.http.post('/api/v1/store/cards/inspect').set(bearer(actor)).send({ cardToken });
    const seen = await inspect(staff, card.body.token).expect(200);
    expect(seen.body).toEqual({
      memberId: m.id,
      memberName: expect.any(String),
      memberPhone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
      balance: 20,
    });
    expect(seen.body.memberPhone).not.toBe(m.phone);
    // Looking charges nothing, and the card still pays once.
    expect(await balance(m)).toBe(20);
    await inspect(otherStaff, card.body.token).expect(404);
    await inspect(m, card.body.token).expect(403);
    await t.http
      .post('/api/v1/store/counter-redemptions')
      .set(bearer(staff))
      .send({ cardToken: card.body.token, itemId: cup.id, quantity: 1 })
      .expect(201);
    const used = await inspect(staff, card.body.token).expect(409);
    expect(used.body.code).toBe('CONFLICT');
    await inspect(staff, 'not-a-card-token-at-all-000').expect(400);
  });

  it('shows the desk who collects what before the hand-over, changing nothing', async () => {
    const tea = await item({ name: '茶叶', kind: 'goods', pricePoints: 10, stock: 5 });
    const m = await memberWith(30);
    const res = await redeem(m, { itemId: tea.id, quantity: 2 }).expect(201);
    const lookUp = (actor: Actor, code: string) =>
      t.http
        .get('/api/v1/store/redemptions/by-pickup-code')
        .query({ pickupCode: code })
        .set(bearer(actor));
    const seen = await lookUp(staff, res.body.pickupCode.toLowerCase()).expect(200);
    expect(seen.body).toMatchObject({
      id: res.body.id,
      status: 'reserved',
      itemName: '茶叶',
      quantity: 2,
      memberName: `Member ${m.phone}`,
      memberPhone: `${m.phone.slice(0, 3)}****${m.phone.slice(7)}`,
      slotStartsAt: null,
    });
    expect(seen.body).not.toHaveProperty('pickupCode');
    const mine = await t.http.get('/api/v1/me/redemptions').set(bearer(m)).expect(200);
    expect(mine.body.items[0].status).toBe('reserved');
    await lookUp(otherStaff, res.body.pickupCode).expect(404);
    await lookUp(m, res.body.pickupCode).expect(403);
    const done = await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(staff))
      .send({ pickupCode: res.body.pickupCode })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'fulfilled', memberName: `Member ${m.phone}` });
    expect((await lookUp(staff, res.body.pickupCode).expect(200)).body.status).toBe('fulfilled');
  });

  it('does not let staff of another community verify a code', async () => {
    const cup = await item({ name: '水杯', kind: 'goods', pricePoints: 5, stock: 5 });
    const m = await memberWith(5);
    const res = await redeem(m, { itemId: cup.id }).expect(201);
    await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(otherStaff))
      .send({ pickupCode: res.body.pickupCode })
      .expect(404);
    await t.http
      .post('/api/v1/store/redemptions/verify')
      .set(bearer(m))
      .send({ pickupCode: res.body.pickupCode })
      .expect(403);
  });

  it('answers INSUFFICIENT_POINTS, OUT_OF_STOCK, LIMIT_EXCEEDED and INVALID_STATE and changes nothing', async () => {
    const tv = await item({ name: '电视', kind: 'goods', pricePoints: 500, stock: 1 });
    const pen = await item({ name: '笔', kind: 'goods', pricePoints: 1, stock: 1 });
    const eggs = await item({
      name: '鸡蛋',
      kind: 'goods',
      pricePoints: 2,
      stock: 50,
      perMemberLimit: 2,
      limitPeriod: 'month',
    });
    const off = await item({
      name: '下架',
      kind: 'goods',
      pricePoints: 1,
      stock: 5,
      active: false,
    });
    const m = await memberWith(20);
    expect((await redeem(m, { itemId: tv.id }).expect(409)).body.code).toBe('INSUFFICIENT_POINTS');
    expect(await stockOf(m, tv.id)).toBe(1);
    expect((await redeem(m, { itemId: pen.id, quantity: 2 }).expect(409)).body.code).toBe(
      'OUT_OF_STOCK',
    );
    await redeem(m, { itemId: eggs.id, quantity: 2 }).expect(201);
    expect((await redeem(m, { itemId: eggs.id }).expect(409)).body.code).toBe('LIMIT_EXCEEDED');
    const listed = (await t.http.get('/api/v1/store/items').set(bearer(m)).expect(200)).body.items;
    expect(listed.find((i: { id: string }) => i.id === eggs.id).myRemaining).toBe(0);
    expect(listed.find((i: { id: string }) => i.id === off.id)).toBeUndefined();
    expect((await redeem(m, { itemId: off.id }).expect(409)).body.code).toBe('INVALID_STATE');
    expect(await balance(m)).toBe(16);
    await expectLedgerOk();
  });

  it('books services into slots within capacity, and records honours', async () => {
    const haircut = await item({ name: '理发', kind: 'service', pricePoints: 8 });
    const start = new Date(Date.now() + 86_400_000);
    const slot = await t.http
      .post(`/api/v1/store/items/${haircut.id}/slots`)
      .set(bearer(staff))
      .send({
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        capacity: 1,
      })
      .expect(201);
    const m1 = await memberWith(10);
    const m2 = await memberWith(10);
    expect((await redeem(m1, { itemId: haircut.id }).expect(400)).body.details[0].field).toBe(
      'slotId',
    );
    await redeem(m1, { itemId: haircut.id, slotId: slot.body.id }).expect(201);
    expect(
      (await redeem(m2, { itemId: haircut.id, slotId: slot.body.id }).expect(409)).body.code,
    ).toBe('OUT_OF_STOCK');
    const honor = await item({ name: '民主评议加分', kind: 'honor', pricePoints: 10 });
    const h = await redeem(m2, { itemId: honor.id }).expect(201);
    expect(h.body.status).toBe('reserved');
    await t.http
      .post('/api/v1/store/items')
      .set(bearer(staff))
      .send({ name: 'x', kind: 'honor', pricePoints: 1, stock: 3 })
      .expect(400);
  });

  it('keeps the catalogue to staff, audit-logs restocks, and lists redemptions by status', async () => {
    const m = await memberWith(0);
    await t.http
      .post('/api/v1/store/items')
      .set(bearer(m))
      .send({ name: 'x', kind: 'goods', pricePoints: 1 })
      .expect(403);
    const flour = await item({ name: '面粉', kind: 'goods', pricePoints: 3, stock: 0 });
    const restocked = await t.http
      .post(`/api/v1/store/items/${flour.id}/restock`)
      .set(bearer(staff))
      .send({ quantity: 7 })
      .expect(200);
    expect(restocked.body.available).toBe(7);
    await t.http
      .post(`/api/v1/store/items/${flour.id}/restock`)
      .set(bearer(otherStaff))
      .send({ quantity: 7 })
      .expect(404);
    const patched = await t.http
      .patch(`/api/v1/store/items/${flour.id}`)
      .set(bearer(staff))
      .send({ active: false, pricePoints: 4 })
      .expect(200);
    expect(patched.body).toMatchObject({ active: false, pricePoints: 4, available: 7 });
    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: { targetId: flour.id }, order: { id: 'ASC' } });
    expect(audit.map((e) => e.action)).toEqual([
      'store_item.create',
      'store_item.restock',
      'store_item.update',
    ]);
    const reserved = await t.http
      .get('/api/v1/store/redemptions?status=reserved')
      .set(bearer(staff))
      .expect(200);
    expect(reserved.body.items.every((r: { status: string }) => r.status === 'reserved')).toBe(
      true,
    );
    expect(reserved.body.items[0].pickupCode).toBeUndefined();
    await t.http.get('/api/v1/store/redemptions').set(bearer(m)).expect(403);
  });

  it('honours Idempotency-Key on redemptions', async () => {
    const tea = await item({ name: '茶叶', kind: 'goods', pricePoints: 5, stock: 10 });
    const m = await memberWith(20);
    const send = () => redeem(m, { itemId: tea.id }).set('Idempotency-Key', 'redeem-tea-1');
    const [x, y] = await Promise.all([send(), send()]);
    expect(x.status).toBe(201);
    expect(y.body).toEqual(x.body);
    expect(await balance(m)).toBe(15);
    expect(await stockOf(m, tea.id)).toBe(9);
  });

  describe('under concurrency', () => {
    it('stock 5 and 40 members at once: exactly 5 reserved, stock 0, ledger intact', async () => {
      const lamp = await item({ name: '台灯', kind: 'goods', pricePoints: 10, stock: 5 });
      const members = [];
      for (let i = 0; i < 40; i++) members.push(await memberWith(10));
      const results = await Promise.all(members.map((m) => redeem(m, { itemId: lamp.id })));
      expect(results.filter((r) => r.status === 201)).toHaveLength(5);
      expect(
        results.filter((r) => r.status === 409).every((r) => r.body.code === 'OUT_OF_STOCK'),
      ).toBe(true);
      expect(await stockOf(members[0], lamp.id)).toBe(0);
      await expectLedgerOk();
    });

    it('a member with points for 3 fires 10 at once: at most 3 succeed, never below zero', async () => {
      const bread = await item({ name: '面包', kind: 'goods', pricePoints: 10, stock: 100 });
      const m = await memberWith(30);
      const results = await Promise.all(
        Array.from({ length: 10 }, () => redeem(m, { itemId: bread.id })),
      );
      const ok = results.filter((r) => r.status === 201).length;
      expect(ok).toBeLessThanOrEqual(3);
      expect(ok).toBe(3);
      expect(await balance(m)).toBe(0);
      expect(await stockOf(m, bread.id)).toBe(97);
      await expectLedgerOk();
    });
  });
});
