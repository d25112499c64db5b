import { Column, Entity, Index } from 'typeorm';
import type { AwardFlag } from 'src/points/award-rules';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

export type RecordStatus = 'pending' | 'approved' | 'rejected';

/** Self-reported service, approved (posting points) or rejected by a grid worker or admin. */
@Entity('service_records')
@Index('idx_service_records_volunteer', ['volunteerId', 'serviceDate'])
@Index('idx_service_records_mine', ['volunteerId', 'id'])
@Index('idx_service_records_community', ['communityId', 'status', 'id'])
export class ServiceRecord extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() volunteerId: string;
  @RefColumn({ nullable: true }) gridId: string | null;
  /** Local date, YYYY-MM-DD, in the community's time zone. */
  @Column({ type: 'varchar', length: 10 }) serviceDate: string;
  @Column({ type: 'int' }) minutes: number;
  @Column({ type: 'varchar', length: 500 }) description: string;
  @Column({ type: 'varchar', length: 16 }) status: RecordStatus;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
  @RefColumn({ nullable: true }) decidedBy: string | null;
  @TimeColumn({ nullable: true }) decidedAt: Date | null;
  @Column({ type: 'int', nullable: true }) points: number | null;
  /** Why the approval earned fewer points than its minutes are worth (see AwardFlag). */
  @Column({ type: 'varchar', length: 16, nullable: true }) awardFlag: AwardFlag | null;
}
