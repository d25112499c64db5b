import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

export const REDEMPTION_STATUSES = ['reserved', 'fulfilled', 'cancelled'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

/**
 * reserved --verify pickup code--> fulfilled; reserved --cancel / pickup window ends--> cancelled.
 * `openPickupCode` holds the code only while reserved, so codes are unique among open
 * redemptions (NULLs never collide) and can be reused after.
 */
@Entity('redemptions')
@Index('idx_redemptions_community', ['communityId', 'status', 'id'])
@Index('idx_redemptions_member', ['memberId', 'id'])
@Index('idx_redemptions_member_item', ['memberId', 'itemId', 'createdAt'])
@Index('idx_redemptions_pickup', ['communityId', 'pickupCode'])
@Index('uq_redemptions_open_code', ['openPickupCode'], { unique: true })
@Index('idx_redemptions_expiry', ['status', 'expiresAt'])
@Index('uq_redemptions_card_token', ['cardTokenId'], { unique: true })
export class Redemption extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() itemId: string;
  @RefColumn() memberId: string;
  @RefColumn({ nullable: true }) slotId: string | null;
  @Column({ type: 'int' }) quantity: number;
  @Column({ type: 'int' }) points: number;
  @Column({ type: 'varchar', length: 16 }) status: RedemptionStatus;
  @Column({ type: 'varchar', length: 16 }) channel: 'reserve' | 'counter';
  @Column({ type: 'varchar', length: 16, nullable: true }) pickupCode: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) openPickupCode: string | null;
  @TimeColumn({ nullable: true }) expiresAt: Date | null;
  @TimeColumn({ nullable: true }) fulfilledAt: Date | null;
  @RefColumn({ nullable: true }) fulfilledBy: string | null;
  @TimeColumn({ nullable: true }) cancelledAt: Date | null;
  @RefColumn({ nullable: true }) cancelledBy: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) cancelReason: string | null;
  /** The member card (its token id) that paid at the counter: each card pays once. */
  @RefColumn({ nullable: true }) cardTokenId: string | null;
}
