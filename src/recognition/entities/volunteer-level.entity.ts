import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn } from 'src/database/columns';

/** A star level a volunteer reached, once, with when: an honour on their record. */
@Entity('volunteer_levels')
@Index('uq_volunteer_levels', ['communityId', 'volunteerId', 'level'], { unique: true })
export class VolunteerLevel {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() volunteerId: string;
  @Column({ type: 'int' }) level: number;
  /** The threshold in hours when it was reached. */
  @Column({ type: 'int' }) hours: number;
  @TimeColumn() reachedAt: Date;
}
