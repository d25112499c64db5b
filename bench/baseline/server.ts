/**
 * The yardstick for `npm run bench`: a minimal Fastify + mysql2 server with no framework, no
 * token checks, no validation and no ORM, sending the same SQL as the app for the balance read
 * and the redemption transaction, in the same order — including the read of the caller's
 * current rights that the app makes on every signed-in request. What the app does beyond this
 * is the price of its features. `POST /redemptions?events=0` leaves out the outbox's event row,
 * so the bench can weigh that one write in the same server, data and minute.
 */
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { createPool, type PoolConnection, type RowDataPacket } from 'mysql2/promise';

const pool = createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: 20,
  maxIdle: 20,
  enableKeepAlive: true,
  timezone: 'Z',
  supportBigNumbers: true,
  charset: 'utf8mb4_unicode_ci',
});

const time = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');
const MAX = 2_000_000_000;
let communityId = '';
let storeAccountId = '';

/** What the app reads on every signed-in request: the caller's current rights. */
async function rights(userId: string) {
  const [[user]] = await pool.query<RowDataPacket[]>(
    'SELECT id, community_id, grid_id, roles, disabled FROM users WHERE id = ?',
    [userId],
  );
  return user && !user.disabled ? user : null;
}

async function redeem(
  c: PoolConnection,
  userId: string,
  itemId: string,
  quantity: number,
  withEvent: boolean,
) {
  const now = new Date();
  const [[item]] = await c.query<RowDataPacket[]>(
    'SELECT * FROM store_items WHERE id = ? AND community_id = ? LIMIT 1',
    [itemId, communityId],
  );
  if (!item) return 404;
  const [[account]] = await c.query<RowDataPacket[]>(
    'SELECT * FROM point_accounts WHERE community_id = ? AND owner_key = ? FOR UPDATE',
    [communityId, userId],
  );
  const [stock] = await c.query<{ affectedRows: number } & RowDataPacket[]>(
    'UPDATE store_items SET stock = stock - ?, updated_at = ? WHERE id = ? AND stock >= ?',
    [quantity, time(now), itemId, quantity],
  );
  if (stock.affectedRows !== 1) return 409;
  const points = Number(item.price_points) * quantity;
  const note = `${item.name} × ${quantity}`;
  const transferId = randomUUID();
  const redemptionId = randomUUID();
  const code = randomUUID().slice(0, 10).toUpperCase();
  await c.query(
    `INSERT INTO redemptions (created_at, updated_at, id, community_id, item_id, member_id,
       slot_id, quantity, points, status, channel, pickup_code, open_pickup_code, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 'reserved', 'reserve', ?, ?, ?)`,
    [
      time(now),
      time(now),
      redemptionId,
      communityId,
      itemId,
      userId,
      quantity,
      points,
      code,
      code,
      time(new Date(now.getTime() + 14 * 86_400_000)),
    ],
  );
  if (withEvent)
    await c.query(
      `INSERT INTO domain_events (id, community_id, type, subject_type, subject_id, actor_id, data,
       occurred_at, claim_token, claimed_until)
     VALUES (?, ?, 'redemption.reserved', 'redemption', ?, ?, ?, ?, NULL, NULL)`,
      [
        randomUUID(),
        communityId,
        redemptionId,
        userId,
        JSON.stringify({ memberId: userId, itemName: item.name, quantity, points }),
        time(now),
      ],
    );
  const [lots] = await c.query<RowDataPacket[]>(
    `SELECT id, remaining, expires_at FROM point_lots
     WHERE account_id = ? AND remaining > 0 AND (expires_at IS NULL OR expires_at > ?)
     ORDER BY CASE WHEN expires_at IS NULL THEN 1 ELSE 0 END, expires_at, id LIMIT ? FOR UPDATE`,
    [account.id, time(now), points],
  );
  let left = points;
  const allocations: unknown[] = [];
  for (const lot of lots) {
    if (left === 0) break;
    const take = Math.min(Number(lot.remaining), left);
    await c.query(
      'UPDATE point_lots SET remaining = remaining - ?, updated_at = ? WHERE id = ? AND remaining >= ?',
      [take, time(now), lot.id, take],
    );
    allocations.push(randomUUID(), transferId, lot.id, take);
    left -= take;
  }
  if (left > 0) return 409;
  await c.query(
    `INSERT INTO point_lot_allocations (id, transfer_id, lot_id, amount) VALUES
       ${Array.from({ length: allocations.length / 4 }, () => '(?, ?, ?, ?)').join(', ')}`,
    allocations,
  );
  await c.query(
    `INSERT INTO point_transfers (created_at, id, community_id, kind, source_type, source_id,
       amount, from_account_id, to_account_id, actor_id, note, rule_version)
     VALUES (?, ?, ?, 'redeem', 'redemption', ?, ?, ?, ?, ?, ?, NULL)`,
    [
      time(now),
      transferId,
      communityId,
      redemptionId,
      points,
      account.id,
      storeAccountId,
      userId,
      note,
    ],
  );
  const [debit] = await c.query<{ affectedRows: number } & RowDataPacket[]>(
    `UPDATE point_accounts SET balance = balance + ?, lifetime_earned = lifetime_earned + 0,
       lifetime_spent = lifetime_spent + ?, updated_at = ? WHERE id = ?
       AND balance + ? BETWEEN 0 AND ? AND lifetime_earned + 0 <= ? AND lifetime_spent + ? <= ?`,
    [-points, points, time(now), account.id, -points, MAX, MAX, points, MAX],
  );
  if (debit.affectedRows !== 1) return 409;
  await c.query(
    `UPDATE point_accounts SET balance = balance + ?, lifetime_earned = lifetime_earned + 0,
       lifetime_spent = lifetime_spent + 0, updated_at = ? WHERE id = ?
       AND balance + ? BETWEEN ? AND ? AND lifetime_earned + 0 <= ? AND lifetime_spent + 0 <= ?`,
    [points, time(now), storeAccountId, points, -MAX, MAX, MAX, MAX],
  );
  await c.query(
    `INSERT INTO point_entries (id, community_id, transfer_id, account_id, amount, balance_after,
       kind, source_type, source_id, note, created_at)
     SELECT CASE WHEN a.id = ? THEN ? ELSE ? END, ?, ?, a.id,
       CASE WHEN a.id = ? THEN ? ELSE ? END, a.balance, ?, ?, ?, ?, ?
     FROM point_accounts a WHERE a.id IN (?, ?)`,
    [
      account.id,
      randomUUID(),
      randomUUID(),
      communityId,
      transferId,
      account.id,
      -points,
      points,
      'redeem',
      'redemption',
      redemptionId,
      note,
      time(now),
      account.id,
      storeAccountId,
    ],
  );
  return 201;
}

async function main() {
  const [[community]] = await pool.query<RowDataPacket[]>(
    'SELECT id FROM communities WHERE code = ?',
    ['BENCH'],
  );
  communityId = community.id as string;
  const [[store]] = await pool.query<RowDataPacket[]>(
    "SELECT id FROM point_accounts WHERE community_id = ? AND owner_key = 'system:store'",
    [communityId],
  );
  storeAccountId = store.id as string;

  const app = Fastify();
  app.get('/ready', () => Promise.resolve({ ok: true }));

  app.get<{ Params: { userId: string } }>('/balance/:userId', async (req, reply) => {
    const now = new Date();
    if (!(await rights(req.params.userId))) return reply.code(401).send({});
    const [[account]] = await pool.query<RowDataPacket[]>(
      `SELECT id, balance, lifetime_earned, lifetime_spent FROM point_accounts
       WHERE community_id = ? AND owner_key = ?`,
      [communityId, req.params.userId],
    );
    const [lots] = await pool.query<RowDataPacket[]>(
      `SELECT expires_at, SUM(remaining) AS points FROM point_lots
       WHERE account_id = ? AND expires_at <= ? AND remaining > 0
       GROUP BY expires_at ORDER BY expires_at`,
      [account.id, time(new Date(now.getTime() + 30 * 86_400_000))],
    );
    const lapsed = lots.filter((l) => (l.expires_at as Date) <= now);
    return {
      balance: Number(account.balance) - lapsed.reduce((n, l) => n + Number(l.points), 0),
      lifetimeEarned: Number(account.lifetime_earned),
      lifetimeSpent: Number(account.lifetime_spent),
      expiringSoon: lots
        .filter((l) => (l.expires_at as Date) > now)
        .map((l) => ({ points: Number(l.points), expiresAt: l.expires_at })),
    };
  });

  app.post<{
    Body: { userId: string; itemId: string; quantity: number };
    Querystring: { events?: string };
  }>('/redemptions', async (req, reply) => {
    for (let attempt = 0; ; attempt++) {
      if (attempt === 0 && !(await rights(req.body.userId))) return reply.code(401).send({});
      const c = await pool.getConnection();
      try {
        await c.query('START TRANSACTION');
        const status = await redeem(
          c,
          req.body.userId,
          req.body.itemId,
          req.body.quantity,
          req.query.events !== '0',
        );
        await c.query(status === 201 ? 'COMMIT' : 'ROLLBACK');
        return reply.code(status).send({ ok: status === 201 });
      } catch (err) {
        await c.query('ROLLBACK');
        if ((err as { errno?: number }).errno !== 1213 || attempt >= 3) throw err;
      } finally {
        c.release();
      }
    }
  });

  await app.listen({ port: Number(process.env.PORT ?? 3901), host: '127.0.0.1' });
  const stop = () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
