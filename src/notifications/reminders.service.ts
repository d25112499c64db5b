import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import type { DomainEventInput } from 'src/events/domain-events';
import { EventsService } from 'src/events/events.service';

const HOUR = 3_600_000;
/** Activities: told within the hour before they start. */
export const ACTIVITY_NOTICE_MS = HOUR;
/** Reservations: told in the last day before they lapse. */
export const LAPSE_NOTICE_MS = 24 * HOUR;
/** Points: told once per lot date when it comes within 30 days. */
export const EXPIRY_NOTICE_MS = 30 * 24 * HOUR;

type Scheduled = DomainEventInput & { dedupeKey: string };

/**
 * Facts that become true by the passing of time, published as events like any change:
 * "starts within the hour", "lapses within a day", "points expire within 30 days". Each
 * carries a key, so however many runs or instances see the same fact it is published once.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly jobs: JobRunsService,
    private readonly clock: Clock,
  ) {}

  @Cron('*/5 * * * *', { name: 'reminders' })
  async everyFiveMinutes(): Promise<void> {
    const now = this.clock.now();
    const slot = new Date(Math.floor(now.getTime() / 300_000) * 300_000).toISOString();
    const ran = await this.jobs.runOnce('reminders', slot.slice(0, 16), () =>
      this.publish([this.activitiesStarting(now), this.reservationsLapsing(now)]),
    );
    if (ran) this.logger.log(ran.summary);
  }

  /** Points move towards expiry slowly: an hourly look is enough, and costs less. */
  @Cron('15 * * * *', { name: 'points-expiring' })
  async hourly(): Promise<void> {
    await this.jobs.hourly('points-expiring', this.logger, (now) =>
      this.publish([this.pointsExpiring(now)]),
    );
  }

  /** Publishes every reminder due at `now`; safe to call concurrently (what tests call). */
  run(now: Date): Promise<{ published: number; summary: string }> {
    return this.publish([
      this.activitiesStarting(now),
      this.reservationsLapsing(now),
      this.pointsExpiring(now),
    ]);
  }

  private async publish(
    found: Promise<Scheduled[]>[],
  ): Promise<{ published: number; summary: string }> {
    const published = await this.events.publishNew((await Promise.all(found)).flat());
    return { published, summary: `published ${published} reminders` };
  }

  private async activitiesStarting(now: Date): Promise<Scheduled[]> {
    const rows: {
      id: string;
      community_id: string;
      title: string;
      place: string | null;
      starts_at: Date | string;
    }[] = await this.dataSource.query(
      `SELECT id, community_id, title, place, starts_at FROM activities
       WHERE starts_at > ? AND starts_at <= ? AND signed_up > 0`,
      [toDbTime(now), toDbTime(new Date(now.getTime() + ACTIVITY_NOTICE_MS))],
    );
    return rows.map((a) => ({
      type: 'activity.starting',
      communityId: a.community_id,
      subject: { type: 'activity', id: a.id },
      actorId: null,
      data: { title: a.title, place: a.place, startsAt: fromDbTime(a.starts_at).toISOString() },
      dedupeKey: `activity.starting:${a.id}`,
    }));
  }

  private async reservationsLapsing(now: Date): Promise<Scheduled[]> {
    const rows: {
      id: string;
      community_id: string;
      member_id: string;
      name: string;
      expires_at: Date | string;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.community_id, r.member_id, i.name, r.expires_at
       FROM redemptions r JOIN store_items i ON i.id = r.item_id
       WHERE r.status = 'reserved' AND r.expires_at > ? AND r.expires_at <= ?`,
      [toDbTime(now), toDbTime(new Date(now.getTime() + LAPSE_NOTICE_MS))],
    );
    return rows.map((r) => ({
      type: 'redemption.lapsing',
      communityId: r.community_id,
      subject: { type: 'redemption', id: r.id },
      actorId: null,
      data: {
        memberId: r.member_id,
        itemName: r.name,
        expiresAt: fromDbTime(r.expires_at).toISOString(),
      },
      dedupeKey: `redemption.lapsing:${r.id}`,
    }));
  }

  /** One event per member and expiry instant, with the points that lapse then. */
  private async pointsExpiring(now: Date): Promise<Scheduled[]> {
    const rows: {
      account_id: string;
      community_id: string;
      user_id: string | null;
      expires_at: Date | string;
      points: number | string;
    }[] = await this.dataSource.query(
      `SELECT l.account_id, l.community_id, a.user_id, l.expires_at, SUM(l.remaining) AS points
       FROM point_lots l JOIN point_accounts a ON a.id = l.account_id
       WHERE l.expires_at > ? AND l.expires_at <= ? AND l.remaining > 0
       GROUP BY l.account_id, l.community_id, a.user_id, l.expires_at`,
      [toDbTime(now), toDbTime(new Date(now.getTime() + EXPIRY_NOTICE_MS))],
    );
    return rows
      .filter((r) => r.user_id !== null)
      .map((r) => {
        const expiresAt = fromDbTime(r.expires_at).toISOString();
        return {
          type: 'points.expiring' as const,
          communityId: r.community_id,
          subject: { type: 'account', id: r.account_id },
          actorId: null,
          data: { userId: r.user_id, points: Number(r.points), expiresAt },
          dedupeKey: `points.expiring:${r.account_id}:${expiresAt}`,
        };
      });
  }
}
