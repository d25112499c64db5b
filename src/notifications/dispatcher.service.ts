import { Injectable, Logger, OnApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import { AppConfig } from 'src/config/app-config';
import { affected, claimBatch } from 'src/database/locking';
import { toDbTime } from 'src/database/raw-time';
import { TransactionService } from 'src/database/transaction.service';
import { DomainEvent } from 'src/events/entities/domain-event.entity';
import { DeliveryService } from 'src/notifications/delivery.service';
import { FanoutService } from 'src/notifications/fanout.service';
import type { OutboxEvent } from 'src/notifications/notification-rules';

const LOGGED = 'id, community_id, type, subject_type, subject_id, actor_id, data, occurred_at';

/** How long a dispatcher may hold claimed events before another may take them over. */
export const FANOUT_LEASE_MS = 60_000;
const BATCH = 50;

/**
 * Moves the outbox along on every instance: claims a batch of events (a conditional update sets
 * this dispatcher's token and a lease), fans the batch out in a transaction that also moves it
 * to the log — only while the claim is still this dispatcher's — then sends due deliveries.
 * Several instances share the work; none does an event twice.
 */
@Injectable()
export class DispatcherService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Dispatcher');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly fanout: FanoutService,
    private readonly deliveries: DeliveryService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.get('NOTIFY_INTERVAL_MS');
    if (every > 0) this.timer = setInterval(() => void this.tick(), every).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass, skipped while the previous one still runs. */
  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.drain()
      .catch((err: unknown) => this.logger.warn({ err }, 'Dispatch pass failed'))
      .finally(() => (this.running = undefined));
    await this.running;
  }

  /** Fans out every pending event, then sends every due delivery (what a test calls). */
  async drain(): Promise<void> {
    while ((await this.fanOutBatch()) > 0);
    while ((await this.deliveries.sendDue()) > 0);
  }

  /**
   * Claims and fans out one batch; answers how many events it claimed. The batch is written in
   * one transaction (one commit, not one per event: commits are what the database has least
   * of); should that fail, each event is tried alone, so one bad event holds back only itself.
   */
  async fanOutBatch(): Promise<number> {
    const events = await this.claim();
    if (events.length === 0) return 0;
    try {
      await this.tx.run((m) => this.fanOutAndMark(m, events));
    } catch {
      for (const row of events)
        await this.tx
          .run((m) => this.fanOutAndMark(m, [row]))
          .catch((err: unknown) => {
            if (!(err instanceof LeaseLost)) throw err;
          });
    }
    return events.length;
  }

  private async fanOutAndMark(m: EntityManager, rows: DomainEvent[]): Promise<void> {
    for (const row of rows)
      await this.fanout.fanOut(m, { ...row, data: JSON.parse(row.data) as OutboxEvent['data'] });
    // Handled: the events move to the log, only while the claim is still ours.
    const held = { ids: rows.map((r) => r.id), token: rows[0].claimToken };
    await m.query(
      `INSERT INTO domain_event_log (${LOGGED}, fanned_out_at)
       SELECT ${LOGGED}, ? FROM domain_events
       WHERE id IN (${held.ids.map(() => '?').join(', ')}) AND claim_token = ?`,
      [toDbTime(this.clock.now()), ...held.ids, held.token],
    );
    const moved = await m
      .createQueryBuilder()
      .delete()
      .from(DomainEvent)
      .where('id IN (:...ids) AND claim_token = :token', held)
      .execute();
    // Another dispatcher took an event over after our lease ran out: undo ours.
    if (affected(moved) !== rows.length) throw new LeaseLost(held.ids.join(', '));
  }

  private claim(): Promise<DomainEvent[]> {
    const now = this.clock.now();
    return claimBatch(this.dataSource.manager, DomainEvent, {
      free: '(claimed_until IS NULL OR claimed_until < :now)',
      params: { now: toDbTime(now) },
      orderBy: 'id',
      limit: BATCH,
      token: newId(),
      until: new Date(now.getTime() + FANOUT_LEASE_MS),
    });
  }
}

class LeaseLost extends Error {
  constructor(eventIds: string) {
    super(`Lost the claim on events ${eventIds}`);
  }
}
