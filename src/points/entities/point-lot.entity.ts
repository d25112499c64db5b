import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

/** A credit to a member, spent soonest-expiring first; `remaining` never goes below zero. */
@Entity('point_lots')
@Index('idx_point_lots_account', ['accountId', 'expiresAt', 'remaining'])
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

  @TimeColumn({ nullable: true })
  expiresAt: Date | null;

  /** How many times this lot has been expired (a refund can restore points into it). */
  @Column({ type: 'int' })
  expireCount: number;
}
