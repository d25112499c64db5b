import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { newId } from 'src/common/ids';
import { forUpdate, insertOrIgnore, lockingClause } from 'src/database/locking';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import type { LotBalance } from 'src/points/lots';
import { PointAccount, SystemAccount } from 'src/points/entities/point-account.entity';

const systemOwner = (kind: SystemAccount) => `system:${kind}`;

type DbTime = Date | string;
interface LockedRow {
  id: string;
  kind: PointAccount['kind'];
  balance: number | string;
  lifetime_earned: number | string;
  lifetime_spent: number | string;
  period: string | null;
  period_earned: number | string;
  created_at: DbTime;
  updated_at: DbTime;
  lot_id: string | null;
  lot_remaining: number | string | null;
  lot_expires_at: DbTime | null;
}

/** What one transaction has already read, created and locked. */
interface TransactionAccounts {
  members: Map<string, PointAccount>;
  locked: Set<string>;
  /** System accounts this transaction created: theirs until it commits. */
  createdSystem: Map<string, string>;
}

/**
 * Finds or lazily creates accounts; creation is race-free (insert-or-ignore on a unique key).
 * Inside a transaction, an account is looked up and locked at most once: a redemption or an
 * award touches the same rows from several services, and every repeat was a round trip.
 */
@Injectable()
export class AccountsService {
  /**
   * System account ids never change once committed, so they are remembered per process; but
   * only ids read from a committed row. An id this transaction created itself is kept with the
   * transaction: if it rolls back (a refused first redemption), the row is gone, and a
   * process-wide copy would point every later posting of that community at nothing.
   */
  private readonly systemIds = new Map<string, string>();
  /** Keyed by the transaction's EntityManager, so it is gone with the transaction. */
  private readonly transactions = new WeakMap<EntityManager, TransactionAccounts>();

  private inTransaction(manager: EntityManager): TransactionAccounts | null {
    if (!manager.queryRunner?.isTransactionActive) return null;
    let seen = this.transactions.get(manager);
    if (!seen) {
      seen = { members: new Map(), locked: new Set(), createdSystem: new Map() };
      this.transactions.set(manager, seen);
    }
    return seen;
  }

  findMember(
    manager: EntityManager,
    communityId: string,
    userId: string,
  ): Promise<PointAccount | null> {
    return manager.findOne(PointAccount, { where: { communityId, ownerKey: userId } });
  }

  /** The member's account, created if needed. Use it for its id; balances move by SQL. */
  async member(manager: EntityManager, communityId: string, userId: string): Promise<PointAccount> {
    const seen = this.inTransaction(manager);
    const key = `${communityId}:${userId}`;
    const known = seen?.members.get(key);
    if (known) return known;
    const account =
      (await this.findMember(manager, communityId, userId)) ??
      (await this.create(manager, communityId, 'member', userId, userId));
    seen?.members.set(key, account);
    return account;
  }

  /**
   * Locks the member's account row for the rest of the transaction with one locking read
   * (creating the account first if needed); nothing more if this transaction holds it already.
   */
  async lockMember(
    manager: EntityManager,
    communityId: string,
    userId: string,
    { fresh = false } = {},
  ): Promise<PointAccount> {
    const seen = this.inTransaction(manager);
    const key = `${communityId}:${userId}`;
    const known = seen?.members.get(key);
    // `fresh`: the caller decides by the row's totals, which postings since the lock have moved.
    if (known && seen?.locked.has(known.id) && !fresh) return known;
    const account =
      (await forUpdate(
        manager,
        manager
          .createQueryBuilder(PointAccount, 'a')
          .where('a.community_id = :communityId AND a.owner_key = :userId', {
            communityId,
            userId,
          }),
      ).getOne()) ?? (await this.create(manager, communityId, 'member', userId, userId));
    seen?.members.set(key, account);
    seen?.locked.add(account.id);
    return account;
  }

  /**
   * Locks the member's account and the lots a spend of `amount` would draw from (soonest-
   * expiring first, none lapsed) with one statement, and remembers both for the transaction:
   * a redemption's first lock is also its spend's read. No account yet: one is created (with
   * no lots). Every open lot holds at least one point, so `amount` lots always suffice.
   */
  async lockMemberWithLots(
    m: EntityManager,
    communityId: string,
    userId: string,
    amount: number,
    now: Date,
  ): Promise<{ account: PointAccount; lots: LotBalance[] }> {
    const rows = await m.query<LockedRow[]>(
      `SELECT a.id, a.kind, a.balance, a.lifetime_earned, a.lifetime_spent, a.period,
         a.period_earned, a.created_at, a.updated_at,
         l.id AS lot_id, l.remaining AS lot_remaining, l.expires_at AS lot_expires_at
       FROM point_accounts a
       LEFT JOIN point_lots l ON l.account_id = a.id AND l.is_open = 1
         AND (l.expires_at IS NULL OR l.expires_at > ?)
       WHERE a.community_id = ? AND a.owner_key = ?
       ORDER BY CASE WHEN l.expires_at IS NULL THEN 1 ELSE 0 END, l.expires_at, l.id
       LIMIT ?${lockingClause(m)}`,
      [toDbTime(now), communityId, userId, Math.max(amount, 1)],
    );
    if (!rows.length) return { account: await this.lockMember(m, communityId, userId), lots: [] };
    const r = rows[0];
    const account = m.create(PointAccount, {
      id: r.id,
      communityId,
      kind: r.kind,
      ownerKey: userId,
      userId,
      balance: Number(r.balance),
      lifetimeEarned: Number(r.lifetime_earned),
      lifetimeSpent: Number(r.lifetime_spent),
      period: r.period,
      periodEarned: Number(r.period_earned),
      createdAt: fromDbTime(r.created_at),
      updatedAt: fromDbTime(r.updated_at),
    });
    const seen = this.inTransaction(m);
    seen?.members.set(`${communityId}:${userId}`, account);
    seen?.locked.add(account.id);
    const lots = rows
      .filter((row) => row.lot_id !== null)
      .map((row) => ({
        id: row.lot_id!,
        remaining: Number(row.lot_remaining),
        expiresAt: row.lot_expires_at === null ? null : fromDbTime(row.lot_expires_at),
      }));
    return { account, lots };
  }

  /** A member's account row the caller has read with a lock: known and held from now on. */
  adopt(m: EntityManager, fields: Omit<PointAccount, never>): PointAccount {
    const account = m.create(PointAccount, fields);
    const seen = this.inTransaction(m);
    seen?.members.set(`${account.communityId}:${account.ownerKey}`, account);
    seen?.locked.add(account.id);
    return account;
  }

  /** Locks an account row by id for the rest of the transaction, once. */
  async lock(manager: EntityManager, accountId: string): Promise<void> {
    const seen = this.inTransaction(manager);
    if (seen?.locked.has(accountId)) return;
    await forUpdate(
      manager,
      manager
        .createQueryBuilder(PointAccount, 'a')
        .select('a.id')
        .where('a.id = :accountId', { accountId }),
    ).getOne();
    seen?.locked.add(accountId);
  }

  async systemId(
    manager: EntityManager,
    communityId: string,
    kind: SystemAccount,
  ): Promise<string> {
    const cacheKey = `${communityId}:${kind}`;
    const committed = this.systemIds.get(cacheKey);
    if (committed) return committed;
    const seen = this.inTransaction(manager);
    const ours = seen?.createdSystem.get(cacheKey);
    if (ours) return ours;
    const owner = systemOwner(kind);
    // Only this method creates system accounts, and a transaction that did so returned above:
    // a row found here was committed by someone.
    const found = await manager.findOne(PointAccount, { where: { communityId, ownerKey: owner } });
    if (found) {
      this.systemIds.set(cacheKey, found.id);
      return found.id;
    }
    const created = await this.create(manager, communityId, kind, owner, null);
    if (seen) seen.createdSystem.set(cacheKey, created.id);
    else this.systemIds.set(cacheKey, created.id);
    return created.id;
  }

  private async create(
    manager: EntityManager,
    communityId: string,
    kind: PointAccount['kind'],
    ownerKey: string,
    userId: string | null,
  ): Promise<PointAccount> {
    const now = new Date();
    await insertOrIgnore(manager, PointAccount, {
      id: newId(),
      communityId,
      kind,
      ownerKey,
      userId,
      balance: 0,
      lifetimeEarned: 0,
      lifetimeSpent: 0,
      createdAt: now,
      updatedAt: now,
    });
    // A locking read sees a row another transaction committed after this one's snapshot began.
    return forUpdate(
      manager,
      manager
        .createQueryBuilder(PointAccount, 'a')
        .where('a.community_id = :communityId AND a.owner_key = :ownerKey', {
          communityId,
          ownerKey,
        }),
    ).getOneOrFail();
  }
}
