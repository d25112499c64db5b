import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

export type CorrectionStatus = 'pending' | 'accepted' | 'refused';
export type CorrectedLine = 'attendance' | 'service_record';

/**
 * A volunteer's request to correct the minutes of one line of their record (记录办法 第十三条),
 * with a reason; staff accept it (the line, the day totals and the points follow) or refuse it
 * with a reason. One request per line may be open at a time.
 */
@Entity('record_corrections')
@Index('uq_record_corrections_open', ['openLine'], { unique: true })
@Index('idx_record_corrections_volunteer', ['volunteerId', 'id'])
@Index('idx_record_corrections_community', ['communityId', 'status', 'id'])
export class RecordCorrection extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() volunteerId: string;
  @Column({ type: 'varchar', length: 16 }) lineType: CorrectedLine;
  @RefColumn() lineId: string;
  @Column({ type: 'varchar', length: 100 }) lineTitle: string;
  @Column({ type: 'varchar', length: 10 }) lineDate: string;
  @Column({ type: 'int' }) fromMinutes: number;
  @Column({ type: 'int' }) toMinutes: number;
  @Column({ type: 'varchar', length: 200 }) reason: string;
  @Column({ type: 'varchar', length: 16 }) status: CorrectionStatus;
  /** `type:id` of the line while the request is pending, else null: one open request a line. */
  @Column({ type: 'varchar', length: 64, nullable: true }) openLine: string | null;
  @RefColumn({ nullable: true }) decidedBy: string | null;
  @TimeColumn({ nullable: true }) decidedAt: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) decisionReason: string | null;
  /** Points the decision moved: awarded (+) or taken back (−). */
  @Column({ type: 'int', nullable: true }) pointsDelta: number | null;
}
