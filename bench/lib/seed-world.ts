import * as argon2 from 'argon2';
import { PASSWORD_HASH_OPTIONS } from 'src/users/password.service';
import { api } from './app-process';
import type { BenchApp } from './bench-app';
import { createMembers, createWishes } from './seed-community';
import { appendTransfers, grantPoints } from './seed-ledger';

export const MEMBER_PASSWORD = 'bench-password';

export interface WorldSize {
  grids: number;
  volunteers: number;
  residents: number;
  /** Ledger entries to seed (two per transfer). */
  entries: number;
  /** Wishes for the lists: a tenth open, a tenth claimed, the rest closed. */
  wishes: number;
  /** Completed wishes waiting for their owner's rating, for the feedback load. */
  awaitingFeedback: number;
  /** How many volunteers and residents log in to drive the load. */
  loggedIn: number;
  items: number;
}

export interface Session {
  id: string;
  token: string;
}

export interface World {
  gridIds: string[];
  volunteers: Session[];
  residents: Session[];
  itemIds: string[];
  /** Volunteers who do not log in: points no load has spent, for the baseline's own rounds. */
  quietVolunteerIds: string[];
  /** Wishes awaiting feedback with their owner's token, in the order the load should take them. */
  feedback: { wishId: string; token: string }[];
}

async function inParallel<T, R>(items: T[], width: number, fn: (t: T) => Promise<R>) {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

/**
 * Seeds one community the size of a large real one: grids and store items through the API,
 * members, ledger history and wishes as bulk rows (consistent, so ledger:verify passes), then
 * logs in `loggedIn` volunteers and residents through the API.
 */
export async function seedWorld(bench: BenchApp, size: WorldSize, log = console.log) {
  const { app, ds, adminToken, communityId } = bench;
  const started = Date.now();
  const step = (what: string) => log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const gridIds: string[] = [];
  for (let i = 0; i < size.grids; i++) {
    const grid = await api<{ id: string }>(
      app.url,
      `/communities/${communityId}/grids`,
      { name: `网格 ${i + 1}` },
      adminToken,
    );
    gridIds.push(grid.id);
  }
  // Hashed as the app hashes, so logins cost what they cost in production.
  const passwordHash = await argon2.hash(MEMBER_PASSWORD, PASSWORD_HASH_OPTIONS);
  const volunteers = await createMembers(ds, communityId, gridIds, size.volunteers, {
    roles: 'resident,volunteer',
    phonePrefix: '136',
    passwordHash,
  });
  const residents = await createMembers(ds, communityId, gridIds, size.residents, {
    roles: 'resident',
    phonePrefix: '137',
    name: '居民',
    passwordHash,
  });
  step(`${size.volunteers} volunteers and ${size.residents} residents`);

  // One API credit creates the community's issuance account; the bulk history follows it.
  await api(
    app.url,
    `/members/${volunteers.userIds[0]}/points/adjustments`,
    { delta: 1, reason: 'bench' },
    adminToken,
  );
  const [issuance] = await ds.query<{ id: string }[]>(
    "SELECT id FROM point_accounts WHERE community_id = ? AND owner_key = 'system:issuance'",
    [communityId],
  );
  await appendTransfers(
    ds,
    {
      communityId,
      issuanceAccountId: issuance.id,
      targetAccountId: volunteers.accountIds[0],
      otherAccountIds: volunteers.accountIds.slice(1),
      targetShare: 1 / size.volunteers,
    },
    Math.max(0, Math.floor((size.entries - 2) / 2)),
  );
  step(`${size.entries.toLocaleString()} ledger entries`);

  await createWishes(ds, communityId, gridIds, volunteers.userIds, size.wishes);
  const owners = residents.userIds.slice(0, size.loggedIn);
  const awaiting = await createWishes(
    ds,
    communityId,
    gridIds,
    volunteers.userIds,
    size.awaitingFeedback,
    { ownerIds: owners },
  );
  step(`${size.wishes + size.awaitingFeedback} wishes`);

  await api(
    app.url,
    `/communities/${communityId}/members`,
    { phone: '13900009998', name: '店员', password: MEMBER_PASSWORD, roles: ['store_staff'] },
    adminToken,
  );
  const staff = await api<{ accessToken: string }>(app.url, '/auth/login', {
    phone: '13900009998',
    password: MEMBER_PASSWORD,
  });
  const itemIds: string[] = [];
  for (let i = 0; i < size.items; i++) {
    const item = await api<{ id: string }>(
      app.url,
      '/store/items',
      { name: `商品 ${i + 1}`, kind: 'goods', pricePoints: 1 + (i % 3), stock: 1_000_000 },
      staff.accessToken,
    );
    itemIds.push(item.id);
  }

  const login = async (phone: string) =>
    (
      await api<{ accessToken: string; user: { id: string } }>(app.url, '/auth/login', {
        phone,
        password: MEMBER_PASSWORD,
      })
    ).accessToken;
  const vTokens = await inParallel(volunteers.phones.slice(0, size.loggedIn), 4, login);
  // Enough for every redemption the load sends: a refusal would flatter either side.
  await grantPoints(
    ds,
    { communityId, issuanceAccountId: issuance.id },
    volunteers.accountIds.slice(0, vTokens.length),
    10_000_000,
  );
  const rTokens = await inParallel(residents.phones.slice(0, size.loggedIn), 4, login);
  step(`${vTokens.length + rTokens.length} logins`);
  // A first redemption creates the community's store account, as in any store that has opened.
  await api(app.url, '/store/redemptions', { itemId: itemIds[0], quantity: 1 }, vTokens[0]);

  const tokenOf = new Map(owners.map((id, i) => [id, rTokens[i]]));
  return {
    gridIds,
    volunteers: vTokens.map((token, i) => ({ id: volunteers.userIds[i], token })),
    residents: rTokens.map((token, i) => ({ id: residents.userIds[i], token })),
    itemIds,
    quietVolunteerIds: volunteers.userIds.slice(vTokens.length),
    feedback: awaiting.map((wishId, i) => ({
      wishId,
      token: tokenOf.get(owners[i % owners.length])!,
    })),
  } satisfies World;
}
