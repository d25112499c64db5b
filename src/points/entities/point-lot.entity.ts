import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

/** A credit to a member, spent soonest-expiring first; `remaining` never goes below zero. */
@Entity('point_lots')
@Index('idx_point_lots_open', ['accountId', 'isOpen', 'expiresAt'])
@Index('idx_point_lots_expiry', ['expiresAt'])
@Index('idx_point_lots_community_expiry', ['communityId', 'expiresAt', 'remaining', 'updatedAt'])
export class PointLot extends Timestamped {
  @IdColumn()
  id: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  accountId: string;

  /** The credit that created this lot. */
  @RefColumn()
  transferId: string;

  @Column({ type: 'int' })
  amount: number;

  @Column({ type: 'int' })
  remaining: number;

  /**
   * `remaining > 0`, kept with it: a member's spendable lots are found by this flag, which
   * changes only when a lot is emptied or refilled, so a spend that leaves points in a lot does
   * not rewrite the index entry others' scans pass over (rewriting it per spend made
   * neighbouring members' spends deadlock).
   */
  @Column({ type: 'boolean', default: true })
  isOpen: boolean;

  @TimeColumn({ nullable: true })
  expiresAt: Date | null;

  /** How many times this lot has been expired (a refund can restore points into it). */
  @Column({ type: 'int' })
  expireCount: number;
}
