import type { DataSource } from 'typeorm';

export interface LedgerProblem {
  check: string;
  communityId: string | null;
  accountId?: string;
  detail: string;
}

type Row = Record<string, string | number | null>;

const CHECKS: { check: string; sql: string; describe: (r: Row) => LedgerProblem }[] = [
  {
    check: 'member balance below zero (invariant 1)',
    sql: `SELECT id, community_id, balance FROM point_accounts WHERE kind = 'member' AND balance < 0`,
    describe: (r) => ({
      check: 'negative balance',
      communityId: String(r.community_id),
      accountId: String(r.id),
      detail: `balance ${r.balance}`,
    }),
  },
  {
    check: "a member's balance differs from the sum of entries (invariant 2)",
    sql: `SELECT a.id, a.community_id, a.balance, COALESCE(SUM(e.amount), 0) AS total
          FROM point_accounts a LEFT JOIN point_entries e ON e.account_id = a.id
          WHERE a.kind = 'member'
          GROUP BY a.id, a.community_id, a.balance
          HAVING a.balance <> COALESCE(SUM(e.amount), 0)`,
    describe: (r) => ({
      check: 'balance != sum of entries',
      communityId: String(r.community_id),
      accountId: String(r.id),
      detail: `balance ${r.balance}, entries sum to ${Number(r.total)}`,
    }),
  },
  {
    // A system account's balance is the sum of its entries: its row keeps no totals, and its
    // entries no balance after. A row that moved would mean a posting updated it again.
    check: 'a system account keeps totals in its row',
    sql: `SELECT id, community_id, kind, balance, lifetime_earned, lifetime_spent FROM point_accounts
          WHERE kind <> 'member' AND (balance <> 0 OR lifetime_earned <> 0 OR lifetime_spent <> 0)`,
    describe: (r) => ({
      check: 'system account row moved',
      communityId: String(r.community_id),
      accountId: String(r.id),
      detail: `${r.kind} row holds balance ${r.balance}`,
    }),
  },
  {
    check: "a member's entry without the balance after it",
    sql: `SELECT e.id, e.community_id, e.account_id FROM point_entries e
          JOIN point_accounts a ON a.id = e.account_id
          WHERE a.kind = 'member' AND e.balance_after IS NULL`,
    describe: (r) => ({
      check: 'member entry without balance after',
      communityId: String(r.community_id),
      accountId: String(r.account_id),
      detail: `entry ${r.id}`,
    }),
  },
  {
    check: 'entries of a community do not sum to zero (invariant 2)',
    sql: `SELECT community_id, SUM(amount) AS total FROM point_entries
          GROUP BY community_id HAVING SUM(amount) <> 0`,
    describe: (r) => ({
      check: 'community entries != 0',
      communityId: String(r.community_id),
      detail: `entries sum to ${Number(r.total)}`,
    }),
  },
  {
    check: 'a transfer is not two entries summing to zero',
    sql: `SELECT t.id, t.community_id, COUNT(e.id) AS n, COALESCE(SUM(e.amount), 0) AS total
          FROM point_transfers t LEFT JOIN point_entries e ON e.transfer_id = t.id
          GROUP BY t.id, t.community_id, t.amount
          HAVING COUNT(e.id) <> 2 OR COALESCE(SUM(e.amount), 0) <> 0 OR MAX(e.amount) <> t.amount`,
    describe: (r) => ({
      check: 'unbalanced transfer',
      communityId: String(r.community_id),
      detail: `transfer ${r.id} has ${Number(r.n)} entries summing to ${Number(r.total)}`,
    }),
  },
  {
    check: 'a source posted more than once (invariant 3)',
    sql: `SELECT kind, source_type, source_id, MIN(community_id) AS community_id, COUNT(*) AS n
          FROM point_transfers GROUP BY kind, source_type, source_id HAVING COUNT(*) > 1`,
    describe: (r) => ({
      check: 'duplicate posting',
      communityId: String(r.community_id),
      detail: `${r.kind} ${r.source_type} ${r.source_id} posted ${Number(r.n)} times`,
    }),
  },
  {
    check: "a member's unspent lots differ from the balance",
    sql: `SELECT a.id, a.community_id, a.balance, COALESCE(SUM(l.remaining), 0) AS lots
          FROM point_accounts a LEFT JOIN point_lots l ON l.account_id = a.id
          WHERE a.kind = 'member'
          GROUP BY a.id, a.community_id, a.balance
          HAVING a.balance <> COALESCE(SUM(l.remaining), 0)`,
    describe: (r) => ({
      check: 'lots != balance',
      communityId: String(r.community_id),
      accountId: String(r.id),
      detail: `balance ${r.balance}, unspent lots ${Number(r.lots)}`,
    }),
  },
  {
    check: 'a lot outside 0..amount',
    sql: `SELECT id, community_id, account_id, remaining, amount FROM point_lots
          WHERE remaining < 0 OR remaining > amount`,
    describe: (r) => ({
      check: 'lot out of range',
      communityId: String(r.community_id),
      accountId: String(r.account_id),
      detail: `lot ${r.id} remaining ${r.remaining} of ${r.amount}`,
    }),
  },
  {
    check: "a lot's open flag disagrees with what remains in it",
    sql: `SELECT id, community_id, account_id, remaining, is_open FROM point_lots
          WHERE is_open <> CASE WHEN remaining > 0 THEN 1 ELSE 0 END`,
    describe: (r) => ({
      check: 'lot open flag wrong',
      communityId: String(r.community_id),
      accountId: String(r.account_id),
      detail: `lot ${r.id} remaining ${r.remaining}, open ${r.is_open}`,
    }),
  },
];

/** Checks DESIGN §4 invariants 1–3 (and lot consistency) over every community. */
export async function verifyLedger(dataSource: DataSource): Promise<LedgerProblem[]> {
  const problems: LedgerProblem[] = [];
  for (const c of CHECKS) {
    const rows: Row[] = await dataSource.query(c.sql);
    problems.push(...rows.map(c.describe));
  }
  return problems;
}
