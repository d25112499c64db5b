import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { newId } from 'src/common/ids';
import { forUpdate } from 'src/database/locking';
import { PointAccount, SystemAccount } from 'src/points/entities/point-account.entity';

const systemOwner = (kind: SystemAccount) => `system:${kind}`;

/** Finds or lazily creates accounts; creation is race-free (insert-or-ignore on a unique key). */
@Injectable()
export class AccountsService {
  /** System account ids never change once created. */
  private readonly systemIds = new Map<string, string>();

  findMember(
    manager: EntityManager,
    communityId: string,
    userId: string,
  ): Promise<PointAccount | null> {
    return manager.findOne(PointAccount, { where: { communityId, ownerKey: userId } });
  }

  async member(manager: EntityManager, communityId: string, userId: string): Promise<PointAccount> {
    return (
      (await this.findMember(manager, communityId, userId)) ??
      (await this.create(manager, communityId, 'member', userId, userId))
    );
  }

  async systemId(
    manager: EntityManager,
    communityId: string,
    kind: SystemAccount,
  ): Promise<string> {
    const cacheKey = `${communityId}:${kind}`;
    const cached = this.systemIds.get(cacheKey);
    if (cached) return cached;
    const owner = systemOwner(kind);
    const account =
      (await manager.findOne(PointAccount, { where: { communityId, ownerKey: owner } })) ??
      (await this.create(manager, communityId, kind, owner, null));
    this.systemIds.set(cacheKey, account.id);
    return account.id;
  }

  private async create(
    manager: EntityManager,
    communityId: string,
    kind: PointAccount['kind'],
    ownerKey: string,
    userId: string | null,
  ): Promise<PointAccount> {
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(PointAccount)
      .values({
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
      })
      .orIgnore()
      .execute();
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
