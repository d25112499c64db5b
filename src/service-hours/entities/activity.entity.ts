import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

@Entity('activities')
@Index('idx_activities_community', ['communityId', 'id'])
@Index('idx_activities_starts', ['startsAt'])
export class Activity extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn({ nullable: true }) gridId: string | null;
  @RefColumn() organiserId: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) description: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) place: string | null;
  @TimeColumn() startsAt: Date;
  @TimeColumn() endsAt: Date;
  @Column({ type: 'int' }) capacity: number;
  /** Sign-ups so far; raised only while below capacity, by conditional update. */
  @Column({ type: 'int' }) signedUp: number;
  @Column({ type: 'int' }) pointsPerHour: number;
  /** A training (培训): on the volunteer record as training; its minutes are not service hours. */
  @Column({ type: 'boolean', default: false }) isTraining: boolean;
  /** Key of the rotating check-in code (HMAC); never leaves the server. */
  @Column({ type: 'varchar', length: 64, select: false }) codeSecret: string;
}
