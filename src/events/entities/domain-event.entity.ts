import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn } from 'src/database/columns';
import type { DomainEventType } from 'src/events/domain-events';

/**
 * The transactional outbox: one row per state change. What happened is never updated; only
 * the dispatcher's claim (`claimToken`, `claimedUntil`) and `fannedOut` change.
 */
@Entity('domain_events')
@Index('idx_domain_events_pending', ['fannedOut', 'id'])
@Index('uq_domain_events_dedupe', ['dedupeKey'], { unique: true })
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
  /** Set once the dispatcher has written every recipient's notification and delivery. */
  @Column({ type: 'boolean', default: false }) fannedOut: boolean;
  @RefColumn({ nullable: true }) claimToken: string | null;
  @TimeColumn({ nullable: true }) claimedUntil: Date | null;
  /** For scheduled events ("starts within the hour"): the same key is published once. */
  @Column({ type: 'varchar', length: 160, nullable: true }) dedupeKey: string | null;
}
