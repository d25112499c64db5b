import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { AppError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { affected, forUpdate, insertOrIgnore } from 'src/database/locking';
import { ServiceDayTotal } from 'src/service-hours/entities/service-day-total.entity';
import { ServiceMinutes } from 'src/service-hours/entities/service-minutes.entity';
import type { DayMinutes } from 'src/service-hours/hours.rules';
import { UsersService } from 'src/users/users.service';

/** At most this many minutes of service count for one volunteer on one local day. */
export const MINUTES_PER_DAY = 24 * 60;

/** More than 24 hours of service on one day, across activities and self-reports. */
export class DailyLimitError extends AppError {
  constructor(day: string, already: number, field?: string) {
    const message = `At most 24 hours of service a day: ${already} minutes already count for ${day}`;
    super('LIMIT_EXCEEDED', message, field ? [{ field, messages: [message] }] : undefined);
  }
}

/**
 * The minutes a volunteer has on each local day, across every source (self-reports pending or
 * approved, approved attendances), kept in one row per volunteer and day. Adding is a
 * conditional update that never takes the row past 24 hours, so identical requests arriving
 * together on any instance cannot pass the limit between them.
 */
@Injectable()
export class ServiceDaysService {
  constructor(
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds each day's minutes to its day (an attendance across midnight touches two), or throws
   * DailyLimitError and changes nothing. The volunteer's profile row is locked first, once, so
   * one volunteer's additions queue rather than meet on a row that does not exist yet (two
   * insert-or-ignores that then update would deadlock on MariaDB).
   */
  async add(
    m: EntityManager,
    volunteerId: string,
    parts: DayMinutes[],
    field?: string,
  ): Promise<void> {
    const counted = parts.filter((p) => p.minutes > 0);
    if (!counted.length) return;
    await this.users.lockProfile(volunteerId, m);
    for (const p of counted) await this.addToDay(m, volunteerId, p.day, p.minutes, field);
  }

  private async addToDay(
    m: EntityManager,
    volunteerId: string,
    day: string,
    minutes: number,
    field?: string,
  ): Promise<void> {
    const now = this.clock.now();
    await insertOrIgnore(m, ServiceDayTotal, {
      id: newId(),
      volunteerId,
      day,
      minutes: 0,
      createdAt: now,
      updatedAt: now,
    });
    const changed = await m
      .createQueryBuilder()
      .update(ServiceDayTotal)
      .set({ minutes: () => 'minutes + :add', updatedAt: now })
      .where('volunteer_id = :volunteerId AND day = :day AND minutes + :add <= :max', {
        volunteerId,
        day,
        max: MINUTES_PER_DAY,
      })
      .setParameters({ add: minutes })
      .execute();
    if (affected(changed) === 1) return;
    // A locking read: a plain one could see this transaction's snapshot, older than the row.
    const row = await forUpdate(
      m,
      m
        .createQueryBuilder(ServiceDayTotal, 'd')
        .where('d.volunteer_id = :volunteerId AND d.day = :day', { volunteerId, day }),
    ).getOneOrFail();
    throw new DailyLimitError(day, row.minutes, field);
  }

  /** Takes minutes off a day again (a self-report rejected, or approved with fewer minutes). */
  async remove(m: EntityManager, volunteerId: string, day: string, minutes: number): Promise<void> {
    if (minutes <= 0) return;
    await m
      .createQueryBuilder()
      .update(ServiceDayTotal)
      .set({
        minutes: () => 'CASE WHEN minutes > :take THEN minutes - :take ELSE 0 END',
        updatedAt: this.clock.now(),
      })
      .where('volunteer_id = :volunteerId AND day = :day', { volunteerId, day })
      .setParameters({ take: minutes })
      .execute();
  }

  /** Records approved service as it lies on its days: what every figure of hours sums. */
  async recordApproved(
    m: EntityManager,
    source: {
      communityId: string;
      volunteerId: string;
      type: ServiceMinutes['sourceType'];
      id: string;
      gridId: string | null;
    },
    parts: DayMinutes[],
  ): Promise<void> {
    const rows = parts
      .filter((p) => p.minutes > 0)
      .map((p) => ({
        id: newId(),
        communityId: source.communityId,
        volunteerId: source.volunteerId,
        sourceType: source.type,
        sourceId: source.id,
        gridId: source.gridId,
        day: p.day,
        minutes: p.minutes,
        createdAt: this.clock.now(),
      }));
    if (rows.length)
      await m
        .createQueryBuilder()
        .insert()
        .into(ServiceMinutes)
        .values(rows)
        .updateEntity(false)
        .execute();
  }
}
