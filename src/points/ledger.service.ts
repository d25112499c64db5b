import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import { forUpdate } from 'src/database/locking';
import { StatementBatch, type BatchedStatement } from 'src/database/statement-batch';
import { toDbTime } from 'src/database/raw-time';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { PointTransfer, TransferKind } from 'src/points/entities/point-transfer.entity';
import {
  AccountLimitError,
  AlreadyPostedError,
  InsufficientPointsError,
} from 'src/points/points.errors';

/** How a posting changes a member's lifetime counters. */
export interface LifetimeEffect {
  earned?: number;
  spent?: number;
}

/**
 * The most any member balance, lifetime counter or month total may reach, kept below the
 * 2,147,483,647 an `int` column holds: a posting that would pass it is refused, never wrapped or
 * turned into a database error.
 */
export const MAX_ACCOUNT_TOTAL = 2_000_000_000;

/**
 * One side of a transfer. A member's account row moves (balance, lifetime and month totals); a
 * system account's row never does: its balance is the sum of its entries.
 */
type Side =
  | {
      id: string;
      isMember: true;
      lifetime?: LifetimeEffect;
      /** Count the amount in the member's total for this month (`YYYY-MM`): awards only. */
      period?: string;
    }
  | { id: string; isMember: false };

export interface TransferSpec {
  /** Given when rows written before the transfer (lot allocations) must name it. */
  id?: string;
  communityId: string;
  kind: TransferKind;
  sourceType: string;
  sourceId: string;
  amount: number;
  /** Debited account; a member account is never overdrawn. */
  from: Side;
  to: Side;
  actorId: string | null;
  note?: string | null;
  ruleVersion?: number | null;
  /**
   * When the posting takes effect, if earlier than now: an expiry takes effect when its lot
   * lapsed, however late the hourly run posts it, so every figure by date counts it there.
   */
  at?: Date;
}

/**
 * The double-entry core: one transfer row (unique per kind + source), the member side's balance
 * moved by conditional SQL, and two entries that sum to zero. A system account (`issuance`,
 * `store`, `expired`) is written to only by its entry, an insert: no posting updates or locks a
 * row that every posting of its community would, so a community's redemptions and awards never
 * queue behind one another (DESIGN §4, §8). The member's entry carries the balance after it.
 */
/** An entry's values; `balance_after` is read from the member's row when an id is given. */
const ENTRY_VALUES =
  '(?, ?, ?, ?, ?, (SELECT a.balance FROM point_accounts a WHERE a.id = ?), ?, ?, ?, ?, ?)';

@Injectable()
export class LedgerService {
  constructor(private readonly clock: Clock) {}

  /**
   * Posts a transfer: in `batch` when given (the caller sends it with its own closing writes),
   * else at once — three or four statements in one round trip either way.
   */
  transfer(m: EntityManager, spec: TransferSpec, batch?: StatementBatch): Promise<PointTransfer> {
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
      createdAt: spec.at ?? this.clock.now(),
    });
    const at = toDbTime(transfer.createdAt);
    return StatementBatch.within(m, batch, (b) => {
      b.add({
        sql: INSERT_TRANSFER,
        params: [
          transfer.id,
          transfer.communityId,
          transfer.kind,
          transfer.sourceType,
          transfer.sourceId,
          transfer.amount,
          transfer.fromAccountId,
          transfer.toAccountId,
          transfer.actorId,
          transfer.note,
          transfer.ruleVersion,
          at,
        ],
        unique: {
          index: 'uq_point_transfers_source',
          duplicate: () => new AlreadyPostedError(spec.kind, spec.sourceType, spec.sourceId),
        },
      });
      const sides = [
        { side: spec.from, amount: -spec.amount },
        { side: spec.to, amount: spec.amount },
      ];
      for (const { side, amount } of sides) {
        if (side.isMember) b.add(this.move(m, side, amount, spec.amount));
      }
      // Both entries in one statement; a member's balance after is read from the row this
      // transaction has just moved (and holds), a system account's is left empty.
      const values = sides.map(({ side, amount }) => [
        newId(),
        spec.communityId,
        transfer.id,
        side.id,
        amount,
        side.isMember ? side.id : null,
        spec.kind,
        spec.sourceType,
        spec.sourceId,
        spec.note ?? null,
        at,
      ]);
      b.add({
        sql: `INSERT INTO point_entries (id, community_id, transfer_id, account_id, amount,
                balance_after, kind, source_type, source_id, note, created_at)
              VALUES ${values.map(() => ENTRY_VALUES).join(', ')}`,
        params: values.flat(),
      });
      return transfer;
    });
  }

  /**
   * `balance = balance + delta` on a member's account (and the lifetime and month totals), only
   * where the result stays within bounds: never below zero, nothing past MAX_ACCOUNT_TOTAL.
   * When it changes nothing, a locking read of the row says why.
   */
  private move(
    m: EntityManager,
    side: Extract<Side, { isMember: true }>,
    delta: number,
    amount: number,
  ): BatchedStatement {
    const earned = side.lifetime?.earned ?? 0;
    const spent = side.lifetime?.spent ?? 0;
    const now = toDbTime(this.clock.now());
    const bounds = [delta, MAX_ACCOUNT_TOTAL, earned, MAX_ACCOUNT_TOTAL, spent, MAX_ACCOUNT_TOTAL];
    const statement = side.period
      ? {
          sql: MOVE_IN_MONTH,
          params: [
            delta,
            earned,
            spent,
            side.period,
            amount,
            amount,
            side.period,
            now,
            side.id,
            ...bounds,
            amount,
            MAX_ACCOUNT_TOTAL,
          ],
        }
      : { sql: MOVE, params: [delta, earned, spent, now, side.id, ...bounds] };
    return {
      ...statement,
      affected: {
        rows: 1,
        fail: async () => {
          const row = await forUpdate(
            m,
            m.createQueryBuilder(PointAccount, 'a').where('a.id = :id', { id: side.id }),
          ).getOne();
          if (!row) return new Error(`Account ${side.id} not found`);
          if (row.balance + delta < 0) return new InsufficientPointsError(-delta);
          return new AccountLimitError();
        },
      },
    };
  }
}

const INSERT_TRANSFER = `INSERT INTO point_transfers (id, community_id, kind, source_type, source_id,
    amount, from_account_id, to_account_id, actor_id, note, rule_version, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const WITHIN_BOUNDS = `balance + ? BETWEEN 0 AND ?
    AND lifetime_earned + ? <= ? AND lifetime_spent + ? <= ?`;

const MOVE = `UPDATE point_accounts SET balance = balance + ?, lifetime_earned = lifetime_earned + ?,
    lifetime_spent = lifetime_spent + ?, updated_at = ?
  WHERE id = ? AND ${WITHIN_BOUNDS}`;

// MySQL assigns left to right: the month total is computed before the period moves.
const MOVE_IN_MONTH = `UPDATE point_accounts SET balance = balance + ?,
    lifetime_earned = lifetime_earned + ?, lifetime_spent = lifetime_spent + ?,
    period_earned = CASE WHEN period = ? THEN period_earned + ? ELSE ? END, period = ?,
    updated_at = ?
  WHERE id = ? AND ${WITHIN_BOUNDS} AND period_earned + ? <= ?`;
