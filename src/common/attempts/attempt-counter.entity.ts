import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from 'src/database/columns';

/**
 * Tries at a secret (check-in, pickup or tracking code) by one caller in a window: wrong ones,
 * and ones still in flight (AttemptsService).
 */
@Entity('attempt_counters')
export class AttemptCounter {
  @PrimaryColumn({ type: 'varchar', length: 160 }) attemptKey: string;
  @TimeColumn() windowStart: Date;
  @Column({ type: 'int', default: 0 }) failures: number;
}
