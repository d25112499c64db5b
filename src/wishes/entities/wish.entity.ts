import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';
import type { AwardFlag } from 'src/points/award-rules';
import type { WishCategory } from 'src/points/rules/point-rules';
import type { Urgency, WishStatus } from 'src/wishes/wish-state';

export type WishSource = 'resident' | 'qr' | 'proxy';

@Entity('wishes')
@Index('idx_wishes_status', ['communityId', 'status', 'id'])
@Index('idx_wishes_community', ['communityId', 'id'])
@Index('idx_wishes_owner', ['ownerId', 'id'])
@Index('idx_wishes_claimer', ['claimerId', 'id'])
@Index('idx_wishes_completed', ['status', 'completedAt'])
@Index('idx_wishes_contact_phone', ['contactPhone'])
@Index('idx_wishes_erasable', ['contactErasedAt', 'status', 'closedAt'])
export class Wish extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() gridId: string;
  /** The resident who asked, when they have an account. */
  @RefColumn({ nullable: true }) ownerId: string | null;
  @Column({ type: 'varchar', length: 64 }) contactName: string;
  @Column({ type: 'varchar', length: 20 }) contactPhone: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) address: string | null;
  /** The grid worker who posted on the resident's behalf. */
  @RefColumn({ nullable: true }) submittedBy: string | null;
  @Column({ type: 'varchar', length: 16 }) source: WishSource;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'varchar', length: 1000 }) description: string;
  @Column({ type: 'varchar', length: 32 }) category: WishCategory;
  @Column({ type: 'varchar', length: 16 }) urgency: Urgency;
  @Column({ type: 'varchar', length: 16 }) status: WishStatus;
  @TimeColumn() dueAt: Date;
  @RefColumn({ nullable: true }) claimerId: string | null;
  /** Secret for anonymous owners (QR and proxy posts): track and rate without an account. */
  @Column({ type: 'varchar', length: 32, nullable: true, unique: true }) trackingCode:
    string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) completionNote: string | null;
  @TimeColumn({ nullable: true }) approvedAt: Date | null;
  @TimeColumn({ nullable: true }) claimedAt: Date | null;
  @TimeColumn({ nullable: true }) completedAt: Date | null;
  @TimeColumn({ nullable: true }) closedAt: Date | null;
  @TimeColumn({ nullable: true }) cancelledAt: Date | null;
  /** Whether the help was completed by `dueAt`; set when the wish closes. */
  @Column({ type: 'boolean', nullable: true }) closedOnTime: boolean | null;
  @Column({ type: 'int', nullable: true }) rating: number | null;
  @Column({ type: 'boolean', default: false }) feedbackAuto: boolean;
  @Column({ type: 'int', nullable: true }) pointsAwarded: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) awardFlag: AwardFlag | null;
  @Column({ type: 'boolean', default: false }) followUpOpen: boolean;
  /** When the retention job erased the contact details of a QR or proxy wish; null until then. */
  @TimeColumn({ nullable: true }) contactErasedAt: Date | null;
  /** The privacy notice version the poster of a QR wish agreed to; null for other wishes. */
  @Column({ type: 'varchar', length: 16, nullable: true }) privacyVersion: string | null;
}
