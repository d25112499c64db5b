import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';

/**
 * Minutes of service one volunteer has on one local day, across every source: self-reports
 * still pending or approved, and approved attendances. Raised only by a conditional update that
 * keeps it within 24 hours, so racing reports and approvals cannot pass the limit together.
 */
@Entity('service_day_totals')
@Index('uq_service_day_totals', ['volunteerId', 'day'], { unique: true })
export class ServiceDayTotal extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() volunteerId: string;
  /** Local date, YYYY-MM-DD, in the community's time zone. */
  @Column({ type: 'varchar', length: 10 }) day: string;
  @Column({ type: 'int', default: 0 }) minutes: number;
}
