/**
 * The yardstick for `npm run bench`: the least work a correct hand-written Fastify + mysql2
 * server would do for the same three requests, on the same tables — not a copy of the app's SQL.
 * What it keeps, because the design requires it of any correct version: the caller's signed
 * token checked and their current rights read (DESIGN §7: a role change or a disabled account
 * counts at once), a member's balance never below zero, lots consumed soonest-expiring first
 * and recorded per lot (a refund restores exactly those lots), stock never below zero, two
 * entries summing to zero per posting, a system account never updated (its balance is the sum
 * of its entries), each wish rated once and its claimer paid once within the pair and monthly
 * caps. What it leaves out, because no invariant needs it: the transfer row (the source is new,
 * so it cannot post twice), the outbox event, idempotency records, audit, validation beyond the
 * body's shape, and error bodies. Each statement is hand-folded: a balance read is one query,
 * a redemption locks the account and its lots in one.
 */
import Fastify from 'fastify';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
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
const SECRET = process.env.JWT_SECRET ?? '';

type Result = { affectedRows: number } & RowDataPacket[];
const time = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');
let communityId = '';
let storeAccountId = '';
let issuanceAccountId = '';

/** An HS256 access token's subject, or null (bad signature or expired). */
function subject(header: string | undefined): string | null {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const [head, body, sig] = token.split('.');
  if (!head || !body || !sig) return null;
  const expected = createHmac('sha256', SECRET).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as {
    sub: string;
    exp: number;
  };
  return claims.exp * 1000 > Date.now() ? claims.sub : null;
}

/** The caller, if the token is good and the account enabled: one read of their rights. */
async function caller(header: string | undefined): Promise<string | null> {
  const userId = subject(header);
  if (!userId) return null;
  const [[user]] = await pool.query<RowDataPacket[]>(
    'SELECT community_id, roles, disabled FROM users WHERE id = ?',
    [userId],
  );
  return user && !user.disabled && user.community_id === communityId ? userId : null;
}

async function inTransaction(work: (c: PoolConnection) => Promise<number>): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const c = await pool.getConnection();
    try {
      await c.query('START TRANSACTION');
      const status = await work(c);
      await c.query(status < 300 ? 'COMMIT' : 'ROLLBACK');
      return status;
    } catch (err) {
      await c.query('ROLLBACK');
      if ((err as { errno?: number }).errno !== 1213 || attempt >= 4) throw err;
      await new Promise((r) => setTimeout(r, 5 * 2 ** attempt * (0.5 + Math.random())));
    } finally {
      c.release();
    }
  }
}

const ENTRY = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const entryRow = (
  accountId: string,
  amount: number,
  after: number | null,
  kind: string,
  sourceType: string,
  sourceId: string,
  transferId: string,
  note: string | null,
  at: string,
) => [
  randomUUID(),
  communityId,
  transferId,
  accountId,
  amount,
  after,
  kind,
  sourceType,
  sourceId,
  note,
  at,
];

async function redeem(c: PoolConnection, userId: string, itemId: string, quantity: number) {
  const now = new Date();
  const at = time(now);
  const [[item]] = await c.query<RowDataPacket[]>(
    'SELECT name, price_points, stock, active FROM store_items WHERE id = ? AND community_id = ?',
    [itemId, communityId],
  );
  if (!item || !item.active || Number(item.stock) < quantity) return 409;
  const points = Number(item.price_points) * quantity;
  // The member's account and their spendable lots, locked by one statement.
  const [rows] = await c.query<RowDataPacket[]>(
    `SELECT a.id AS account_id, a.balance, l.id, l.remaining FROM point_accounts a
     LEFT JOIN point_lots l ON l.account_id = a.id AND l.is_open = 1
       AND (l.expires_at IS NULL OR l.expires_at > ?)
     WHERE a.community_id = ? AND a.owner_key = ?
     ORDER BY CASE WHEN l.expires_at IS NULL THEN 1 ELSE 0 END, l.expires_at, l.id
     LIMIT ? FOR UPDATE`,
    [at, communityId, userId, points],
  );
  if (!rows.length || Number(rows[0].balance) < points) return 409;
  const accountId = rows[0].account_id as string;
  const transferId = randomUUID();
  let left = points;
  const allocations: unknown[] = [];
  for (const lot of rows) {
    if (left === 0 || !lot.id) break;
    const take = Math.min(Number(lot.remaining), left);
    await c.query(
      `UPDATE point_lots SET is_open = CASE WHEN remaining > ? THEN 1 ELSE 0 END,
         remaining = remaining - ? WHERE id = ?`,
      [take, take, lot.id],
    );
    allocations.push(randomUUID(), transferId, lot.id, take);
    left -= take;
  }
  if (left > 0) return 409;
  const [debit] = await c.query<Result>(
    `UPDATE point_accounts SET balance = balance - ?, lifetime_spent = lifetime_spent + ?
     WHERE id = ? AND balance >= ?`,
    [points, points, accountId, points],
  );
  if (debit.affectedRows !== 1) return 409;
  const redemptionId = randomUUID();
  const note = `${item.name} × ${quantity}`;
  const after = Number(rows[0].balance) - points;
  await c.query(
    `INSERT INTO point_lot_allocations (id, transfer_id, lot_id, amount) VALUES
     ${Array.from({ length: allocations.length / 4 }, () => '(?, ?, ?, ?)').join(', ')}`,
    allocations,
  );
  await c.query(
    `INSERT INTO point_entries (id, community_id, transfer_id, account_id, amount, balance_after,
       kind, source_type, source_id, note, created_at) VALUES ${ENTRY}, ${ENTRY}`,
    [
      ...entryRow(
        accountId,
        -points,
        after,
        'redeem',
        'redemption',
        redemptionId,
        transferId,
        note,
        at,
      ),
      ...entryRow(
        storeAccountId,
        points,
        null,
        'redeem',
        'redemption',
        redemptionId,
        transferId,
        note,
        at,
      ),
    ],
  );
  const code = randomUUID().slice(0, 10).toUpperCase();
  await c.query(
    `INSERT INTO redemptions (created_at, updated_at, id, community_id, item_id, member_id,
       slot_id, quantity, points, status, channel, pickup_code, open_pickup_code, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 'reserved', 'reserve', ?, ?, ?)`,
    [
      at,
      at,
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
  // The shared stock row last: held from here to the commit only.
  const [stock] = await c.query<Result>(
    'UPDATE store_items SET stock = stock - ? WHERE id = ? AND stock >= ?',
    [quantity, itemId, quantity],
  );
  return stock.affectedRows === 1 ? 201 : 409;
}

interface Rules {
  wishPoints: Record<string, number>;
  categoryMultipliers: Record<string, number>;
  maxPointsPerAward: number;
  pairMonthlyCap: number;
  volunteerMonthlyCap: number | null;
}
const DEFAULTS: Rules = {
  wishPoints: { 5: 10, 4: 8, 3: 5, 2: 2, 1: 0 },
  categoryMultipliers: {},
  maxPointsPerAward: 50,
  pairMonthlyCap: 3,
  volunteerMonthlyCap: null,
};

/** A resident rates a completed wish: it closes, and its claimer earns once, within the caps. */
async function rate(c: PoolConnection, userId: string, wishId: string, rating: number) {
  const now = new Date();
  const at = time(now);
  const period = at.slice(0, 7);
  const [[wish]] = await c.query<RowDataPacket[]>(
    `SELECT w.status, w.owner_id, w.claimer_id, w.category, w.contact_phone, w.title,
       (SELECT r.rules FROM point_rule_sets r WHERE r.community_id = w.community_id
        ORDER BY r.version DESC LIMIT 1) AS rules,
       (SELECT p.status FROM volunteer_profiles p WHERE p.user_id = w.claimer_id) AS volunteer
     FROM wishes w WHERE w.id = ? AND w.community_id = ? FOR UPDATE`,
    [wishId, communityId],
  );
  if (!wish || wish.owner_id !== userId || wish.status !== 'completed') return 409;
  const rules: Rules = wish.rules
    ? { ...DEFAULTS, ...(JSON.parse(wish.rules as string) as Rules) }
    : DEFAULTS;
  const asked = Math.round(
    (rules.wishPoints[rating] ?? 0) * (rules.categoryMultipliers[wish.category as string] ?? 1),
  );
  let points = wish.volunteer === 'approved' ? Math.min(asked, rules.maxPointsPerAward) : 0;
  const volunteerId = wish.claimer_id as string;
  if (points > 0) {
    await c.query(
      `INSERT IGNORE INTO point_pair_months (id, community_id, resident_key, volunteer_id, period, awards, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
      [randomUUID(), communityId, `phone:${wish.contact_phone}`, volunteerId, period, at, at],
    );
    const [pair] = await c.query<Result>(
      `UPDATE point_pair_months SET awards = awards + 1 WHERE community_id = ? AND resident_key = ?
       AND volunteer_id = ? AND period = ? AND awards < ?`,
      [communityId, `phone:${wish.contact_phone}`, volunteerId, period, rules.pairMonthlyCap],
    );
    if (pair.affectedRows !== 1) points = 0;
  }
  if (points > 0) {
    const cap = rules.volunteerMonthlyCap ?? 2_000_000_000;
    const [credit] = await c.query<Result>(
      `UPDATE point_accounts SET balance = balance + ?, lifetime_earned = lifetime_earned + ?,
         period_earned = CASE WHEN period = ? THEN period_earned + ? ELSE ? END, period = ?
       WHERE community_id = ? AND owner_key = ?
         AND (CASE WHEN period = ? THEN period_earned ELSE 0 END) + ? <= ?`,
      [
        points,
        points,
        period,
        points,
        points,
        period,
        communityId,
        volunteerId,
        period,
        points,
        cap,
      ],
    );
    if (credit.affectedRows !== 1) points = 0;
  }
  await c.query(
    `UPDATE wishes SET status = 'closed', rating = ?, closed_at = ?, points_awarded = ?, updated_at = ?
     WHERE id = ?`,
    [rating, at, points, at, wishId],
  );
  if (points === 0) return 200;
  const transferId = randomUUID();
  await c.query(
    `INSERT INTO point_lots (id, community_id, account_id, transfer_id, amount, remaining,
       expires_at, expire_count, created_at, updated_at)
     SELECT ?, ?, a.id, ?, ?, ?, NULL, 0, ?, ? FROM point_accounts a
     WHERE a.community_id = ? AND a.owner_key = ?`,
    [randomUUID(), communityId, transferId, points, points, at, at, communityId, volunteerId],
  );
  await c.query(
    `INSERT INTO point_entries (id, community_id, transfer_id, account_id, amount, balance_after,
       kind, source_type, source_id, note, created_at)
     SELECT ?, ?, ?, a.id, ?, a.balance, 'earn_wish', 'wish', ?, ?, ? FROM point_accounts a
     WHERE a.community_id = ? AND a.owner_key = ?
     UNION ALL SELECT ?, ?, ?, ?, ?, NULL, 'earn_wish', 'wish', ?, ?, ?`,
    [
      randomUUID(),
      communityId,
      transferId,
      points,
      wishId,
      wish.title,
      at,
      communityId,
      volunteerId,
      randomUUID(),
      communityId,
      transferId,
      issuanceAccountId,
      -points,
      wishId,
      wish.title,
      at,
    ],
  );
  return 200;
}

async function main() {
  const [[community]] = await pool.query<RowDataPacket[]>(
    'SELECT id FROM communities WHERE code = ?',
    [process.env.BENCH_COMMUNITY ?? 'BENCH'],
  );
  communityId = community.id as string;
  const [system] = await pool.query<RowDataPacket[]>(
    "SELECT id, owner_key FROM point_accounts WHERE community_id = ? AND kind <> 'member'",
    [communityId],
  );
  storeAccountId = system.find((a) => a.owner_key === 'system:store')?.id as string;
  issuanceAccountId = system.find((a) => a.owner_key === 'system:issuance')?.id as string;

  const app = Fastify();
  app.get('/ready', () => Promise.resolve({ ok: true }));

  app.get('/balance', async (req, reply) => {
    const userId = await caller(req.headers.authorization);
    if (!userId) return reply.code(401).send({});
    const now = new Date();
    const [rows] = await pool.query<RowDataPacket[]>(
      `SELECT a.balance, a.lifetime_earned, a.lifetime_spent, l.expires_at, SUM(l.remaining) AS points
       FROM point_accounts a LEFT JOIN point_lots l ON l.account_id = a.id
         AND l.is_open = 1 AND l.expires_at <= ?
       WHERE a.community_id = ? AND a.owner_key = ?
       GROUP BY a.balance, a.lifetime_earned, a.lifetime_spent, l.expires_at
       ORDER BY l.expires_at`,
      [time(new Date(now.getTime() + 30 * 86_400_000)), communityId, userId],
    );
    if (!rows.length) return { balance: 0, lifetimeEarned: 0, lifetimeSpent: 0, expiringSoon: [] };
    const lots = rows.filter((r) => r.expires_at !== null);
    const lapsed = lots.filter((l) => (l.expires_at as Date) <= now);
    return {
      balance: Number(rows[0].balance) - lapsed.reduce((n, l) => n + Number(l.points), 0),
      lifetimeEarned: Number(rows[0].lifetime_earned),
      lifetimeSpent: Number(rows[0].lifetime_spent),
      expiringSoon: lots
        .filter((l) => (l.expires_at as Date) > now)
        .map((l) => ({ points: Number(l.points), expiresAt: l.expires_at as Date })),
    };
  });

  app.post<{ Body: { itemId: string; quantity: number } }>('/redemptions', async (req, reply) => {
    const userId = await caller(req.headers.authorization);
    if (!userId) return reply.code(401).send({});
    const { itemId, quantity } = req.body;
    const status = await inTransaction((c) => redeem(c, userId, itemId, quantity));
    return reply.code(status).send({ ok: status < 300 });
  });

  app.post<{ Params: { id: string }; Body: { rating: number } }>(
    '/wishes/:id/feedback',
    async (req, reply) => {
      const userId = await caller(req.headers.authorization);
      if (!userId) return reply.code(401).send({});
      const status = await inTransaction((c) => rate(c, userId, req.params.id, req.body.rating));
      return reply.code(status).send({ ok: status < 300 });
    },
  );

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
