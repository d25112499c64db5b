import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn } from 'src/database/columns';
import type { DomainEventType } from 'src/events/domain-events';

/** The transactional outbox: one row per state change, never updated. */
@Entity('domain_events')
@Index('idx_domain_events_community', ['communityId', 'id'])
@Index('idx_domain_events_subject', ['subjectId'])
export class DomainEvent {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @Column({ type: 'varchar', length: 48 }) type: DomainEventType;
  @Column({ type: 'varchar', length: 32 }) subjectType: string;
  @RefColumn() subjectId: string;
  @RefColumn({ nullable: true }) actorId: string | null;
  /** JSON of DomainEventInput.data. */
  @Column({ type: 'text' }) data: string;
  @TimeColumn() occurredAt: Date;
}
