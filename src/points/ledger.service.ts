import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { newId } from 'src/common/ids';
import { isUniqueViolation } from 'src/database/db-errors';
import { affected } from 'src/database/locking';
import { toDbTime } from 'src/database/raw-time';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { PointTransfer, TransferKind } from 'src/points/entities/point-transfer.entity';
import { AlreadyPostedError, InsufficientPointsError } from 'src/points/points.errors';

/** How a posting changes a member's lifetime counters. */
export interface LifetimeEffect {
  earned?: number;
  spent?: number;
}

export interface TransferSpec {
  /** Given when rows written before the transfer (lot allocations) must name it. */
  id?: string;
  communityId: string;
  kind: TransferKind;
  sourceType: string;
  sourceId: string;
  amount: number;
  /** Debited account; a member account is never overdrawn. */
  from: { id: string; isMember: boolean; lifetime?: LifetimeEffect };
  to: { id: string; isMember: boolean; lifetime?: LifetimeEffect };
  actorId: string | null;
  note?: string | null;
  ruleVersion?: number | null;
}

/**
 * The double-entry core: one transfer row (unique per kind + source), two balance updates by
 * conditional SQL, and two entries that sum to zero with the balances after. Member accounts
 * are always locked before system accounts, so concurrent postings cannot deadlock each other.
 */
@Injectable()
export class LedgerService {
  async transfer(m: EntityManager, spec: TransferSpec): Promise<PointTransfer> {
    if (!Number.isInteger(spec.amount) || spec.amount <= 0) {
      throw new Error(`A transfer moves a positive whole amount, not ${spec.amount}`);
    }
    const transfer = m.create(PointTransfer, {
      id: spec.id ?? newId(),
      communityId: spec.communityId,
      kind: spec.kind,
      sourceType: spec.sourceType,
      sourceId: spec.sourceId,
      amount: spec.amount,
      fromAccountId: spec.from.id,
      toAccountId: spec.to.id,
      actorId: spec.actorId,
      note: spec.note ?? null,
      ruleVersion: spec.ruleVersion ?? null,
      createdAt: new Date(),
    });
    try {
      await m.insert(PointTransfer, transfer);
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AlreadyPostedError(spec.kind, spec.sourceType, spec.sourceId);
      throw err;
    }

    const sides = [
      { ...spec.from, delta: -spec.amount },
      { ...spec.to, delta: spec.amount },
    ].sort((a, b) => Number(b.isMember) - Number(a.isMember));
    for (const side of sides) await this.move(m, side.id, side.delta, side.isMember, side.lifetime);

    // Both entries in one statement that reads the balances it just moved: the system account
    // is the hot row of its community, locked from its update to the commit, so every round
    // trip saved here is throughput for the whole community.
    await m.query(
      `INSERT INTO point_entries (id, community_id, transfer_id, account_id, amount, balance_after,
         kind, source_type, source_id, note, created_at)
       SELECT CASE WHEN a.id = ? THEN ? ELSE ? END, ?, ?, a.id,
         CASE WHEN a.id = ? THEN ? ELSE ? END, a.balance, ?, ?, ?, ?, ?
       FROM point_accounts a WHERE a.id IN (?, ?)`,
      [
        spec.from.id,
        newId(),
        newId(),
        spec.communityId,
        transfer.id,
        spec.from.id,
        -spec.amount,
        spec.amount,
        spec.kind,
        spec.sourceType,
        spec.sourceId,
        spec.note ?? null,
        toDbTime(transfer.createdAt),
        spec.from.id,
        spec.to.id,
      ],
    );
    return transfer;
  }

  /** `balance = balance + delta`, and for a member debit only `WHERE balance >= amount`. */
  private async move(
    m: EntityManager,
    accountId: string,
    delta: number,
    guard: boolean,
    lifetime: LifetimeEffect = {},
  ): Promise<void> {
    const qb = m
      .createQueryBuilder()
      .update(PointAccount)
      .set({
        balance: () => 'balance + :delta',
        lifetimeEarned: () => 'lifetime_earned + :earned',
        lifetimeSpent: () => 'lifetime_spent + :spent',
        updatedAt: new Date(),
      })
      .where('id = :id', { id: accountId })
      .setParameters({ delta, earned: lifetime.earned ?? 0, spent: lifetime.spent ?? 0 });
    if (guard && delta < 0) qb.andWhere('balance >= :needed', { needed: -delta });
    if (affected(await qb.execute()) !== 1) {
      if (guard && delta < 0) throw new InsufficientPointsError(-delta);
      throw new Error(`Account ${accountId} not found`);
    }
  }
}
