import { DataSource } from 'typeorm';
import { newId } from 'src/common/ids';

export const sqlTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export async function insertRows(
  ds: Queryable,
  table: string,
  columns: string[],
  rows: unknown[][],
) {
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const placeholders = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    await ds.query(
      `INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders}`,
      chunk.flat(),
    );
  }
}

const TRANSFER_COLUMNS = [
  'id',
  'community_id',
  'kind',
  'source_type',
  'source_id',
  'amount',
  'from_account_id',
  'to_account_id',
  'actor_id',
  'note',
  'rule_version',
  'created_at',
];
const ENTRY_COLUMNS = [
  'id',
  'community_id',
  'transfer_id',
  'account_id',
  'amount',
  'balance_after',
  'kind',
  'source_type',
  'source_id',
  'note',
  'created_at',
];
const LOT_COLUMNS = [
  'id',
  'community_id',
  'account_id',
  'transfer_id',
  'amount',
  'remaining',
  'expires_at',
  'expire_count',
  'created_at',
  'updated_at',
];

export interface LedgerShape {
  communityId: string;
  issuanceAccountId: string;
  /** Receives `targetShare` of all transfers; the others share the rest evenly. */
  targetAccountId: string;
  otherAccountIds: string[];
  targetShare: number;
}

/**
 * Appends `transfers` consistent earn transfers (two entries each, one lot each) and moves the
 * account balances to match, so ledger:verify still passes on the seeded data.
 */
export async function appendTransfers(
  ds: DataSource,
  shape: LedgerShape,
  transfers: number,
): Promise<void> {
  const accounts = [shape.targetAccountId, ...shape.otherAccountIds];
  const balances = new Map<string, number>();
  const added = new Map<string, number>();
  const current: { id: string; balance: number }[] = await ds.query(
    `SELECT id, balance FROM point_accounts WHERE id IN (${accounts.map(() => '?').join(',')})`,
    accounts,
  );
  for (const row of current) balances.set(row.id, Number(row.balance));
  const now = Date.now();
  const soon = new Date(now + 10 * 86_400_000);
  const BATCH = 20_000;
  for (let done = 0; done < transfers; done += BATCH) {
    const n = Math.min(BATCH, transfers - done);
    const transferRows: unknown[][] = [];
    const entryRows: unknown[][] = [];
    const lotRows: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const k = done + i;
      const to =
        k % Math.round(1 / shape.targetShare) === 0
          ? shape.targetAccountId
          : shape.otherAccountIds[k % shape.otherAccountIds.length];
      const amount = 1 + (k % 10);
      const id = newId();
      const at = sqlTime(new Date(now - (transfers - k) * 1000));
      const sourceId = newId();
      transferRows.push([
        id,
        shape.communityId,
        'earn_wish',
        'bench',
        sourceId,
        amount,
        shape.issuanceAccountId,
        to,
        null,
        null,
        1,
        at,
      ]);
      // A system account keeps no balance: its entries carry none (see LedgerService).
      const member = balances.get(to)! + amount;
      balances.set(to, member);
      added.set(to, (added.get(to) ?? 0) + amount);
      for (const [accountId, signed, after] of [
        [shape.issuanceAccountId, -amount, null],
        [to, amount, member],
      ] as const) {
        entryRows.push([
          newId(),
          shape.communityId,
          id,
          accountId,
          signed,
          after,
          'earn_wish',
          'bench',
          sourceId,
          null,
          at,
        ]);
      }
      // About 2 % of lots expire soon; 53 is coprime with the target's share, so it gets 2 % too.
      const expires = k % 53 === 0 ? sqlTime(soon) : null;
      lotRows.push([newId(), shape.communityId, to, id, amount, amount, expires, 0, at, at]);
    }
    await ds.transaction(async (q) => {
      await insertRows(q, 'point_transfers', TRANSFER_COLUMNS, transferRows);
      await insertRows(q, 'point_entries', ENTRY_COLUMNS, entryRows);
      await insertRows(q, 'point_lots', LOT_COLUMNS, lotRows);
    });
  }
  for (const [id, balance] of balances) {
    await ds.query(
      'UPDATE point_accounts SET balance = ?, lifetime_earned = lifetime_earned + ? WHERE id = ?',
      [balance, added.get(id) ?? 0, id],
    );
  }
}

/**
 * Gives each account `amount` points in one earn transfer (two entries, one lot that never
 * expires), so the load never runs out of points and every request it sends can succeed.
 */
export async function grantPoints(
  ds: DataSource,
  shape: Pick<LedgerShape, 'communityId' | 'issuanceAccountId'>,
  accountIds: string[],
  amount: number,
): Promise<void> {
  const at = sqlTime(new Date());
  await ds.transaction(async (q) => {
    for (const accountId of accountIds) {
      const id = newId();
      const sourceId = newId();
      const [row] = await q.query<{ balance: number | string }[]>(
        'SELECT balance FROM point_accounts WHERE id = ?',
        [accountId],
      );
      const after = Number(row.balance) + amount;
      await insertRows(q, 'point_transfers', TRANSFER_COLUMNS, [
        [
          id,
          shape.communityId,
          'earn_wish',
          'bench',
          sourceId,
          amount,
          shape.issuanceAccountId,
          accountId,
          null,
          null,
          1,
          at,
        ],
      ]);
      await insertRows(q, 'point_entries', ENTRY_COLUMNS, [
        [
          newId(),
          shape.communityId,
          id,
          shape.issuanceAccountId,
          -amount,
          null,
          'earn_wish',
          'bench',
          sourceId,
          null,
          at,
        ],
        [
          newId(),
          shape.communityId,
          id,
          accountId,
          amount,
          after,
          'earn_wish',
          'bench',
          sourceId,
          null,
          at,
        ],
      ]);
      await insertRows(q, 'point_lots', LOT_COLUMNS, [
        [newId(), shape.communityId, accountId, id, amount, amount, null, 0, at, at],
      ]);
      await q.query(
        'UPDATE point_accounts SET balance = ?, lifetime_earned = lifetime_earned + ? WHERE id = ?',
        [after, amount, accountId],
      );
    }
  });
}

/** One member account (balance 0) per user id, in bulk; returns the account ids in order. */
export async function insertMemberAccounts(
  ds: Queryable,
  communityId: string,
  userIds: string[],
): Promise<string[]> {
  const now = sqlTime(new Date());
  const rows = userIds.map((owner) => [
    newId(),
    communityId,
    'member',
    owner,
    owner,
    0,
    0,
    0,
    now,
    now,
  ]);
  await insertRows(
    ds,
    'point_accounts',
    [
      'id',
      'community_id',
      'kind',
      'owner_key',
      'user_id',
      'balance',
      'lifetime_earned',
      'lifetime_spent',
      'created_at',
      'updated_at',
    ],
    rows,
  );
  return rows.map((r) => r[0] as string);
}

/** Creates member accounts that need no user row (the ledger does not join users). */
export function createAccounts(
  ds: DataSource,
  communityId: string,
  count: number,
): Promise<string[]> {
  return insertMemberAccounts(
    ds,
    communityId,
    Array.from({ length: count }, () => newId()),
  );
}
