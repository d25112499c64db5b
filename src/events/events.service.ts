import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import { isUniqueViolation } from 'src/database/db-errors';
import { toDbTime } from 'src/database/raw-time';
import { StatementBatch } from 'src/database/statement-batch';
import { TransactionService } from 'src/database/transaction.service';
import type { DomainEventInput } from 'src/events/domain-events';
import { DomainEvent, ScheduledFact } from 'src/events/entities/domain-event.entity';

/**
 * Publishes domain events into the outbox through the caller's transaction manager: the event
 * exists exactly when the change it describes was committed.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly clock: Clock,
    private readonly tx: TransactionService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Writes the event into the outbox in the caller's transaction; answers its id. */
  /** Writes the event in the caller's transaction: in `batch` when given, else at once. */
  async publish(m: EntityManager, e: DomainEventInput, batch?: StatementBatch): Promise<string> {
    // One statement, into the caller's batch when given: `m.insert` would read the row back for
    // its column defaults, a second round trip inside every redemption's and rating's transaction.
    const row: DomainEvent = {
      id: newId(),
      communityId: e.communityId,
      type: e.type,
      subjectType: e.subject.type,
      subjectId: e.subject.id,
      actorId: e.actorId,
      data: JSON.stringify(e.data ?? {}),
      occurredAt: this.clock.now(),
      claimToken: null,
      claimedUntil: null,
    };
    await StatementBatch.within(m, batch, (b) =>
      b.add({
        sql: `INSERT INTO domain_events (id, community_id, type, subject_type, subject_id,
                actor_id, data, occurred_at, claim_token, claimed_until)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
        params: [
          row.id,
          row.communityId,
          row.type,
          row.subjectType,
          row.subjectId,
          row.actorId,
          row.data,
          toDbTime(row.occurredAt),
        ],
      }),
    );
    return row.id;
  }

  /**
   * Publishes a scheduled fact once: in its own transaction with its key in `scheduled_facts`,
   * and a no-op when the key is there (another instance, or an earlier run, published it).
   * Returns whether this call published it.
   */
  async publishOnce(e: DomainEventInput & { dedupeKey: string }): Promise<boolean> {
    try {
      await this.tx.run(async (m) => {
        const eventId = await this.publish(m, e);
        await m
          .createQueryBuilder()
          .insert()
          .into(ScheduledFact)
          .values({ dedupeKey: e.dedupeKey, eventId, createdAt: this.clock.now() })
          .updateEntity(false)
          .execute();
      });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /** Publishes each scheduled fact whose key is not in the outbox yet; answers how many. */
  async publishNew(events: (DomainEventInput & { dedupeKey: string })[]): Promise<number> {
    let published = 0;
    for (let i = 0; i < events.length; i += 200) {
      const batch = events.slice(i, i + 200);
      const known = new Set(
        (
          await this.dataSource.manager.find(ScheduledFact, {
            select: { dedupeKey: true },
            where: { dedupeKey: In(batch.map((e) => e.dedupeKey)) },
          })
        ).map((e) => e.dedupeKey),
      );
      for (const e of batch)
        if (!known.has(e.dedupeKey) && (await this.publishOnce(e))) published++;
    }
    return published;
  }
}
