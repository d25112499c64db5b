import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn } from 'src/database/columns';
import type { DomainEventType } from 'src/events/domain-events';

/** What happened: the columns the outbox and its log share. */
abstract class EventFacts {
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

/**
 * The transactional outbox: one row per state change not yet handed to its listeners. It is
 * written inside the hottest transactions (every redemption, every rating), so it carries its
 * primary key alone; only the dispatcher's claim (`claimToken`, `claimedUntil`) changes, and the
 * dispatcher moves a handled row to `domain_event_log`.
 */
@Entity('domain_events')
export class DomainEvent extends EventFacts {
  @RefColumn({ nullable: true }) claimToken: string | null;
  @TimeColumn({ nullable: true }) claimedUntil: Date | null;
}

/** Every event once handed to its listeners, kept for reading (by community, by subject). */
@Entity('domain_event_log')
@Index('idx_domain_event_log_community', ['communityId', 'id'])
@Index('idx_domain_event_log_subject', ['subjectId'])
export class DomainEventLog extends EventFacts {
  @TimeColumn() fannedOutAt: Date;
}

/** A scheduled fact ("starts within the hour") is published once: its key, and by which event. */
@Entity('scheduled_facts')
export class ScheduledFact {
  @PrimaryColumn({ type: 'varchar', length: 160 }) dedupeKey: string;
  @RefColumn() eventId: string;
  @TimeColumn() createdAt: Date;
}
