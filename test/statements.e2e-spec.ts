import { DataSource } from 'typeorm';
import { bearer, loginPlatformAdmin, type Actor } from './factories/actors';
import { completedAppWish, residentOf, volunteerOf, world, type World } from './factories/world';
import { startApp, type TestApp } from './helpers/test-app';

/**
 * How many statements the hot requests send, and which: the README's figures, kept true. Each
 * request is measured after a first one like it, as in a community that has been running (the
 * system accounts exist). A statement added to these paths fails here until the README says why.
 */
describe('statements per hot request', () => {
  let t: TestApp;
  let w: World;
  let volunteer: Actor;
  let itemId: string;
  let sent: string[] = [];
  let trips = 0;

  const kind = (sql: string) => {
    const s = sql.replace(/\s+/g, ' ').trim();
    const table = /(?:FROM|INTO|UPDATE) [`"]?(\w+)/i.exec(s)?.[1] ?? '';
    if (/^START TRANSACTION|^BEGIN/i.test(s)) return 'START TRANSACTION';
    return `${s.split(' ')[0].toUpperCase()} ${table}`.trim();
  };
  /**
   * The statements a request sends, by verb and first table, in order, and the round trips
   * they take: on MySQL a transaction's closing writes go in one (StatementBatch).
   */
  async function statements(request: () => Promise<unknown>): Promise<string[]> {
    sent = [];
    await request();
    trips = sent.length;
    return sent.flatMap((q) => q.split(';\n')).map(kind);
  }
  const mysql = () => t.app.get(DataSource).options.type === 'mysql';

  beforeAll(async () => {
    t = await startApp();
    w = await world(t.http, await loginPlatformAdmin(t.http));
    volunteer = await volunteerOf(t.http, w);
    await t.http
      .post(`/api/v1/members/${volunteer.id}/points/adjustments`)
      .set(bearer(w.admin))
      .send({ delta: 500, reason: 'opening balance' })
      .expect(201);
    itemId = (
      await t.http
        .post('/api/v1/store/items')
        .set(bearer(w.staff))
        .send({ name: '洗衣液', kind: 'goods', pricePoints: 3, stock: 100 })
        .expect(201)
    ).body.id;
    const logger = t.app.get(DataSource).logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      sent.push(query);
      original(query, parameters, runner);
    };
  });
  afterAll(() => t?.close());

  const redeem = () =>
    t.direct
      .post('/api/v1/store/redemptions')
      .set(bearer(volunteer))
      .send({ itemId, quantity: 1 })
      .expect(201);

  it('a redemption: 13 statements in 6 round trips, no system account row among them', async () => {
    await redeem(); // creates the store account
    await redeem(); // this process learns its id
    const list = await statements(redeem);
    expect(list).toEqual([
      'SELECT users', // the caller's current rights
      'START TRANSACTION',
      'SELECT store_items', // price, stock, window
      'SELECT point_accounts', // the member's account and the lots to spend, locked at once
      'INSERT redemptions',
      'INSERT domain_events', // the outbox: notifications and webhooks
      'UPDATE point_lots',
      'INSERT point_lot_allocations', // which lots paid, for an exact refund
      'INSERT point_transfers', // one posting per source (unique)
      'UPDATE point_accounts', // the member's balance, conditional
      'INSERT point_entries', // both sides in one statement
      'UPDATE store_items', // the shared stock row, last
      'COMMIT',
    ]);
    // Rights, start, item, account and lots, the eight writes at once, commit.
    if (mysql()) expect(trips).toBe(6);
  });

  it('a balance read: 2', async () => {
    const list = await statements(() =>
      t.direct.get('/api/v1/me/points').set(bearer(volunteer)).expect(200),
    );
    expect(list).toEqual(['SELECT users', 'SELECT point_accounts']);
  });

  it('an award by rating a wish: 18 statements in 9 round trips', async () => {
    const rate = async () => {
      const owner = await residentOf(t.http, w);
      const wishId = await completedAppWish(t.http, w, owner, volunteer);
      return () =>
        t.direct
          .post(`/api/v1/wishes/${wishId}/feedback`)
          .set(bearer(owner))
          .send({ rating: 5 })
          .expect(200);
    };
    await (
      await rate()
    )();
    const list = await statements(await rate());
    expect(list).toEqual([
      'SELECT users', // the caller's current rights
      'START TRANSACTION',
      'SELECT wishes', // the wish, locked: its ratings queue here
      'SELECT users', // the volunteer's user row, profile and account, locked at once
      'SELECT point_rule_sets', // the rules in force
      'INSERT point_pair_months', // the resident–volunteer pair's month, created on first use
      'SELECT point_pair_months', // ... and locked
      'UPDATE wishes', // closed, with its rating and award
      'INSERT wish_feedback',
      'INSERT wish_events',
      'INSERT domain_events', // wish rated
      'UPDATE point_pair_months',
      'INSERT domain_events', // points earned
      'INSERT point_lots',
      'INSERT point_transfers',
      'UPDATE point_accounts',
      'INSERT point_entries',
      'COMMIT',
    ]);
    // Rights, start, wish, volunteer, rules, pair twice, the eleven writes at once, commit.
    if (mysql()) expect(trips).toBe(9);
  });
});
