import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn } from 'src/database/columns';

/**
 * Claims of a wish. `active` is 1 while the claim holds and NULL once released, so the unique
 * (wish_id, active) admits exactly one active claim per wish (NULLs never collide).
 */
@Entity('wish_claims')
@Index('uq_wish_claims_active', ['wishId', 'active'], { unique: true })
export class WishClaim {
  @IdColumn() id: string;
  @RefColumn() wishId: string;
  @RefColumn() volunteerId: string;
  @Column({ type: 'int', nullable: true }) active: 1 | null;
  @RefColumn({ nullable: true }) assignedBy: string | null;
  @TimeColumn() claimedAt: Date;
  @TimeColumn({ nullable: true }) releasedAt: Date | null;
}
