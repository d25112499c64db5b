import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { newId } from 'src/common/ids';
import { forUpdate, insertOrIgnore } from 'src/database/locking';
import { PointAccount, SystemAccount } from 'src/points/entities/point-account.entity';

const systemOwner = (kind: SystemAccount) => `system:${kind}`;

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
