import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from 'src/database/data-source-options';
import { verifyLedger } from 'src/points/verify-ledger';
import { ADMIN_PASSWORD, ADMIN_PHONE } from '../../helpers/test-app';
import { nextPhone } from '../../factories/phones';
import { wishBody } from '../../factories/wishes';
import { ok } from './client';

export const PASSWORD = 'reliable-pass-1';
export const JWT_SECRET = 'Rq8Vt2LmZ7xK4nW9bH3yF6dS1jG5pC0a-reliability';

/** The environment every instance of one test gets, so they share users and tokens. */
export const appEnv = (databaseUrl: string): Record<string, string> => ({
  DATABASE_URL: databaseUrl,
  JWT_SECRET,
  ADMIN_PHONE,
  ADMIN_PASSWORD,
  RATE_LIMIT_PER_MINUTE: '100000',
  LOG_LEVEL: 'error',
  SEED_DEMO: 'false',
});

export interface Member {
  id: string;
  token: string;
}

export interface World {
  communityId: string;
  admin: Member;
  staff: Member;
  volunteers: Member[];
  residents: Member[];
  itemId: string;
}

async function member(
  base: string,
  creator: string,
  community: { id: string; gridId: string },
  roles: string[],
) {
  const phone = nextPhone();
  await ok(base, 'POST', `/communities/${community.id}/members`, {
    token: creator,
    body: { phone, name: `Member ${phone}`, password: PASSWORD, roles, gridId: community.gridId },
  });
  const session = await ok(base, 'POST', '/auth/login', { body: { phone, password: PASSWORD } });
  return { id: session.user.id as string, token: session.accessToken as string };
}

/**
 * One community through the API: an admin, a store clerk, volunteers with `points` each,
 * residents, and one goods item priced 3 with `stock` in stock.
 */
export async function seedWorld(
  base: string,
  size: { volunteers: number; residents: number; points: number; stock: number },
): Promise<World> {
  const platform = await ok(base, 'POST', '/auth/login', {
    body: { phone: ADMIN_PHONE, password: ADMIN_PASSWORD },
  });
  const code = `R${process.pid}${Date.now() % 100000}`;
  const community = await ok(base, 'POST', '/communities', {
    token: platform.accessToken,
    body: { name: `Reliability ${code}`, code },
  });
  const grid = await ok(base, 'POST', `/communities/${community.id}/grids`, {
    token: platform.accessToken,
    body: { name: 'Grid 1' },
  });
  const home = { id: community.id as string, gridId: grid.id as string };
  const admin = await member(base, platform.accessToken, home, ['community_admin']);
  const staff = await member(base, admin.token, home, ['store_staff']);
  const volunteers: Member[] = [];
  for (let i = 0; i < size.volunteers; i++) {
    const v = await member(base, admin.token, home, ['resident', 'volunteer']);
    await ok(base, 'POST', `/members/${v.id}/points/adjustments`, {
      token: admin.token,
      body: { delta: size.points, reason: 'opening balance' },
    });
    volunteers.push(v);
  }
  const residents: Member[] = [];
  for (let i = 0; i < size.residents; i++)
    residents.push(await member(base, admin.token, home, ['resident']));
  const item = await ok(base, 'POST', '/store/items', {
    token: staff.token,
    body: { name: '洗衣液', kind: 'goods', pricePoints: 3, stock: size.stock },
  });
  return { communityId: community.id, admin, staff, volunteers, residents, itemId: item.id };
}

/** An open wish posted by `owner` and approved by the admin. */
export async function openWish(base: string, world: World, owner: Member): Promise<string> {
  const wish = await ok(base, 'POST', '/wishes', { token: owner.token, body: wishBody() });
  await ok(base, 'POST', `/wishes/${wish.id}/approve`, { token: world.admin.token });
  return wish.id as string;
}

export interface Invariants {
  ledgerProblems: unknown[];
  negativeStock: number;
  /** Redemptions without their ledger transfer, or transfers without their redemption. */
  halfRedemptions: number;
  /** initial stock − stock left − quantity held by live redemptions, per item (all 0). */
  stockDrift: number[];
  /** Wishes with more than one active claim (the unique key should make this impossible). */
  doubleClaims: number;
  /** Wishes with more than one feedback-award transfer. */
  doubleAwards: number;
}

/** Reads the database directly and checks DESIGN.md's invariants after a fault. */
export async function checkInvariants(
  databaseUrl: string,
  initialStock: number,
): Promise<Invariants> {
  const ds = await new DataSource({
    ...buildDataSourceOptions(databaseUrl),
    logging: false,
  }).initialize();
  try {
    const count = async (sql: string) => Number((await ds.query<{ n: string }[]>(sql))[0].n);
    const items = await ds.query<{ stock: number; held: string | null }[]>(
      `SELECT i.stock, (SELECT SUM(r.quantity) FROM redemptions r
         WHERE r.item_id = i.id AND r.status <> 'cancelled') AS held
       FROM store_items i`,
    );
    return {
      ledgerProblems: await verifyLedger(ds),
      negativeStock: await count('SELECT COUNT(*) AS n FROM store_items WHERE stock < 0'),
      halfRedemptions:
        (await count(
          `SELECT COUNT(*) AS n FROM redemptions r WHERE NOT EXISTS (SELECT 1 FROM point_transfers t
             WHERE t.kind = 'redeem' AND t.source_type = 'redemption' AND t.source_id = r.id)`,
        )) +
        (await count(
          `SELECT COUNT(*) AS n FROM point_transfers t WHERE t.kind = 'redeem' AND NOT EXISTS
             (SELECT 1 FROM redemptions r WHERE r.id = t.source_id)`,
        )),
      stockDrift: items.map((i) => initialStock - Number(i.stock) - Number(i.held ?? 0)),
      doubleClaims: await count(
        `SELECT COUNT(*) AS n FROM (SELECT wish_id FROM wish_claims WHERE active = 1
           GROUP BY wish_id HAVING COUNT(*) > 1) x`,
      ),
      doubleAwards: await count(
        `SELECT COUNT(*) AS n FROM (SELECT source_id FROM point_transfers WHERE kind = 'earn_wish'
           GROUP BY source_id HAVING COUNT(*) > 1) x`,
      ),
    };
  } finally {
    await ds.destroy();
  }
}

/** Asserts every invariant, for `items` goods items that each started with `initialStock`. */
export async function expectInvariants(
  databaseUrl: string,
  initialStock: number,
  items = 1,
): Promise<void> {
  const invariants = await checkInvariants(databaseUrl, initialStock);
  expect(invariants).toEqual({
    ledgerProblems: [],
    negativeStock: 0,
    halfRedemptions: 0,
    stockDrift: Array<number>(items).fill(0),
    doubleClaims: 0,
    doubleAwards: 0,
  });
}
