import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import type { DomainEventInput } from 'src/events/domain-events';
import { DomainEvent } from 'src/events/entities/domain-event.entity';

/**
 * Publishes domain events into the outbox through the caller's transaction manager: the event
 * exists exactly when the change it describes was committed.
 */
@Injectable()
export class EventsService {
  constructor(private readonly clock: Clock) {}

  async publish(m: EntityManager, e: DomainEventInput): Promise<void> {
    await m.insert(DomainEvent, {
      id: newId(),
      communityId: e.communityId,
      type: e.type,
      subjectType: e.subject.type,
      subjectId: e.subject.id,
      actorId: e.actorId,
      data: JSON.stringify(e.data ?? {}),
      occurredAt: this.clock.now(),
    });
  }
}
