import { Column, Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, RefColumn } from 'src/database/columns';

/**
 * Approved service as it lies on local days: one row per approved attendance or service record
 * and day (an activity across midnight has two). Written in the approving transaction; every
 * figure of hours — `/me/hours`, the dashboard, grid ratings, leaderboards, exports — sums these
 * rows, so each day and month counts exactly the minutes that lie on it.
 */
@Entity('service_minutes')
@Index('uq_service_minutes', ['sourceType', 'sourceId', 'day'], { unique: true })
@Index('idx_service_minutes_community_day', ['communityId', 'day'])
@Index('idx_service_minutes_volunteer_day', ['volunteerId', 'day'])
export class ServiceMinutes extends CreatedStamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() volunteerId: string;
  @Column({ type: 'varchar', length: 16 }) sourceType: 'attendance' | 'service_record';
  @RefColumn() sourceId: string;
  /** The grid a self-report named; null counts the volunteer's own grid. */
  @RefColumn({ nullable: true }) gridId: string | null;
  /** Local date, YYYY-MM-DD, in the community's time zone. */
  @Column({ type: 'varchar', length: 10 }) day: string;
  @Column({ type: 'int' }) minutes: number;
}
