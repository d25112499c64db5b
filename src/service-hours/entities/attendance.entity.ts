import { Column, Entity, Index } from 'typeorm';
import type { AwardFlag } from 'src/points/award-rules';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

export type AttendanceStatus = 'open' | 'closed' | 'approved';

/** open (checked in) → closed (checked out, marked, or auto-closed and flagged) → approved. */
@Entity('attendances')
@Index('uq_attendances', ['activityId', 'volunteerId'], { unique: true })
@Index('idx_attendances_volunteer', ['volunteerId', 'id'])
@Index('idx_attendances_open', ['status', 'activityEndsAt'])
export class Attendance extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() activityId: string;
  @RefColumn() volunteerId: string;
  @TimeColumn() activityEndsAt: Date;
  @TimeColumn() checkInAt: Date;
  @TimeColumn({ nullable: true }) checkOutAt: Date | null;
  @Column({ type: 'int', nullable: true }) minutes: number | null;
  @Column({ type: 'varchar', length: 16 }) status: AttendanceStatus;
  /** Closed by the 24-hour rule rather than a check-out. */
  @Column({ type: 'boolean' }) flagged: boolean;
  @RefColumn({ nullable: true }) markedBy: string | null;
  @RefColumn({ nullable: true }) approvedBy: string | null;
  @TimeColumn({ nullable: true }) approvedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) correctionReason: string | null;
  @Column({ type: 'int', nullable: true }) points: number | null;
  /** Why the approval earned fewer points than its minutes are worth (see AwardFlag). */
  @Column({ type: 'varchar', length: 16, nullable: true }) awardFlag: AwardFlag | null;
}
