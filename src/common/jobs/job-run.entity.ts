import { Column, Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, TimeColumn } from 'src/database/columns';

/** A periodic job's claim on one period: the unique row lets exactly one instance run it. */
@Entity('job_runs')
@Index('uq_job_runs_period', ['job', 'period'], { unique: true })
export class JobRun extends CreatedStamped {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 64 })
  job: string;

  @Column({ type: 'varchar', length: 32 })
  period: string;

  @TimeColumn({ nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  summary: string | null;
}
