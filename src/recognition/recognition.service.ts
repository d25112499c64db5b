import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { AuditService } from 'src/common/audit/audit.service';
import { Clock } from 'src/common/clock/clock';
import { ValidationFailedError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { assertCommunity } from 'src/common/scope';
import { insertOrIgnore } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { EventsService } from 'src/events/events.service';
import { RecognitionSettingsDto, RecognitionView } from 'src/recognition/dto/recognition.dto';
import { RecognitionSettingsRow } from 'src/recognition/entities/recognition-settings.entity';
import { VolunteerLevel } from 'src/recognition/entities/volunteer-level.entity';
import {
  badgeFor,
  DEFAULT_SETTINGS,
  hoursOf,
  starsFor,
  type RecognitionSettings,
} from 'src/recognition/recognition.rules';

type Row = Record<string, string | number | null>;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Star levels, badges and the community's recognition settings. It reads the tables that hold
 * the figures (approved minutes by day, point accounts) directly, so every feature that shows a
 * member — `/me`, member views, leaderboards, the service record — can ask it without a cycle.
 */
@Injectable()
export class RecognitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async settings(
    communityId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<RecognitionSettings> {
    const row = await m.findOne(RecognitionSettingsRow, { where: { communityId } });
    return row ? { ...DEFAULT_SETTINGS, ...row.config } : DEFAULT_SETTINGS;
  }

  async settingsFor(user: AuthUser, communityId: string): Promise<RecognitionSettings> {
    assertCommunity(user, communityId);
    return this.settings(communityId);
  }

  async setSettings(
    actor: AuthUser,
    communityId: string,
    dto: RecognitionSettingsDto,
  ): Promise<RecognitionSettings> {
    assertCommunity(actor, communityId);
    if (!dto.starHours.length)
      throw ValidationFailedError.field('starHours', 'give at least one star level');
    dto.starHours.forEach((h, i) => {
      if (i > 0 && h <= dto.starHours[i - 1])
        throw ValidationFailedError.field('starHours', 'star hours must rise strictly');
    });
    const config: RecognitionSettings = {
      starHours: [...dto.starHours],
      badges: [...dto.badges]
        .map((b) => ({ name: b.name, points: b.points }))
        .sort((a, b) => a.points - b.points),
      holidays: [...new Set(dto.holidays)].sort(),
      workdays: [...new Set(dto.workdays)].sort(),
    };
    return this.tx.run(async (m) => {
      const before = await this.settings(communityId, m);
      await m.save(
        Object.assign(new RecognitionSettingsRow(), { communityId, config, updatedBy: actor.id }),
      );
      await this.audit.record(m, actor, {
        communityId,
        action: 'recognition_settings.update',
        targetType: 'community',
        targetId: communityId,
        before: before as unknown as Record<string, unknown>,
        after: config as unknown as Record<string, unknown>,
      });
      return config;
    });
  }

  /** Approved service minutes per member (trainings excluded: they are not service). */
  async serviceMinutes(
    communityId: string,
    userIds: string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows = await m.query<Row[]>(
      `SELECT volunteer_id, SUM(minutes) AS minutes FROM service_minutes
       WHERE volunteer_id IN (${placeholders(userIds.length)}) AND community_id = ?
       GROUP BY volunteer_id`,
      [...userIds, communityId],
    );
    return new Map(rows.map((r) => [String(r.volunteer_id), Number(r.minutes)]));
  }

  /** Each member's stars and badge, in two statements whatever the number of members. */
  async of(communityId: string, userIds: string[]): Promise<Map<string, RecognitionView>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const [settings, minutes, earned] = await Promise.all([
      this.settings(communityId),
      this.serviceMinutes(communityId, ids),
      this.dataSource.query<Row[]>(
        `SELECT user_id, lifetime_earned FROM point_accounts
         WHERE community_id = ? AND kind = 'member' AND user_id IN (${placeholders(ids.length)})`,
        [communityId, ...ids],
      ),
    ]);
    const lifetime = new Map(earned.map((r) => [String(r.user_id), Number(r.lifetime_earned)]));
    return new Map(
      ids.map((id) => [id, recognitionView(settings, minutes.get(id) ?? 0, lifetime.get(id) ?? 0)]),
    );
  }

  async one(communityId: string, userId: string): Promise<RecognitionView> {
    return (await this.of(communityId, [userId])).get(userId)!;
  }

  /**
   * After approved service was added, in the approving transaction (which holds the
   * volunteer's row locked, so two approvals of one volunteer are decided one after the
   * other): each star level the volunteer's minutes now reach and no row records yet is
   * recorded, with the time, and announced once.
   */
  async checkLevels(m: EntityManager, communityId: string, volunteerId: string): Promise<void> {
    const settings = await this.settings(communityId, m);
    const total = (await this.serviceMinutes(communityId, [volunteerId], m)).get(volunteerId) ?? 0;
    const stars = starsFor(total, settings.starHours);
    if (!stars) return;
    const held = new Set(
      (
        await m.find(VolunteerLevel, {
          select: { level: true },
          where: { communityId, volunteerId },
        })
      ).map((l) => l.level),
    );
    const now = this.clock.now();
    for (let level = 1; level <= stars; level++) {
      if (held.has(level)) continue;
      const hours = settings.starHours[level - 1];
      await insertOrIgnore(m, VolunteerLevel, {
        id: newId(),
        communityId,
        volunteerId,
        level,
        hours,
        reachedAt: now,
      });
      await this.events.publish(m, {
        type: 'volunteer.level_reached',
        communityId,
        subject: { type: 'user', id: volunteerId },
        actorId: null,
        data: { volunteerId, level, hours },
      });
    }
  }

  /** The star levels a volunteer reached, with when, oldest first. */
  levels(communityId: string, volunteerId: string): Promise<VolunteerLevel[]> {
    return this.dataSource.manager.find(VolunteerLevel, {
      where: { communityId, volunteerId },
      order: { level: 'ASC' },
    });
  }
}

export function recognitionView(
  settings: RecognitionSettings,
  minutes: number,
  lifetimeEarned: number,
): RecognitionView {
  const stars = starsFor(minutes, settings.starHours);
  const badge = badgeFor(lifetimeEarned, settings.badges);
  return {
    stars,
    serviceMinutes: minutes,
    serviceHours: hoursOf(minutes),
    nextStarHours: settings.starHours[stars] ?? null,
    lifetimeEarned,
    badge: badge ? { name: badge.name, points: badge.points } : null,
  };
}
