import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { AuditService } from 'src/common/audit/audit.service';
import { Clock } from 'src/common/clock/clock';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { assertCommunity, lockInScope } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { isUniqueViolation } from 'src/database/db-errors';
import { forUpdate } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { EventsService } from 'src/events/events.service';
import { AwardsService } from 'src/points/awards.service';
import { PointsService } from 'src/points/points.service';
import { RecognitionService } from 'src/recognition/recognition.service';
import { countedSpan } from 'src/service-hours/attendance.service';
import {
  CorrectionListQuery,
  CorrectionView,
  RequestCorrectionDto,
} from 'src/service-hours/dto/correction.dto';
import { Activity } from 'src/service-hours/entities/activity.entity';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import {
  RecordCorrection,
  type CorrectedLine,
} from 'src/service-hours/entities/record-correction.entity';
import { ServiceMinutes } from 'src/service-hours/entities/service-minutes.entity';
import { ServiceRecord } from 'src/service-hours/entities/service-record.entity';
import { minutesByDay, type DayMinutes } from 'src/service-hours/hours.rules';
import { ServiceDaysService } from 'src/service-hours/service-days.service';
import { DateTime } from 'luxon';
import { User } from 'src/users/entities/user.entity';

/** A line of the record as a correction sees it: its minutes over days, its points, its cap. */
interface Line {
  type: CorrectedLine;
  id: string;
  communityId: string;
  volunteerId: string;
  title: string;
  date: string;
  minutes: number;
  points: number;
  /** The most minutes the line may have: the activity's length, or a day. */
  max: number;
  /** How `minutes` lie on local days. */
  parts: (minutes: number) => DayMinutes[];
  activity: Activity | null;
  markedBy: string | null;
}

/**
 * Corrections of the record (记录办法 第十三条): a volunteer asks, with a reason, for a line's
 * minutes to change; staff accept or refuse with a reason. Accepting changes the line, its day
 * totals (under the 24-hour cap) and its minutes by day, and moves points once through the
 * ledger: the extra minutes are awarded as any service is (every cap applies), fewer minutes
 * take back the line's points in proportion. Decided once: the request row is locked and must
 * be pending, and each posting's source is the request.
 */
@Injectable()
export class RecordCorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly communities: CommunitiesService,
    private readonly days: ServiceDaysService,
    private readonly awards: AwardsService,
    private readonly points: PointsService,
    private readonly recognition: RecognitionService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async request(user: AuthUser, dto: RequestCorrectionDto): Promise<CorrectionView> {
    const type: CorrectedLine = dto.kind === 'report' ? 'service_record' : 'attendance';
    const line = await this.line(this.dataSource.manager, type, dto.lineId, false);
    if (!line || line.volunteerId !== user.id) throw new NotFoundError('Record line');
    if (dto.minutes === line.minutes)
      throw ValidationFailedError.field('minutes', 'minutes are what the record says already');
    if (dto.minutes > line.max)
      throw ValidationFailedError.field('minutes', `at most ${line.max} minutes for this line`);
    const now = this.clock.now();
    const row = Object.assign(new RecordCorrection(), {
      id: newId(),
      communityId: line.communityId,
      volunteerId: user.id,
      lineType: type,
      lineId: line.id,
      lineTitle: line.title.slice(0, 100),
      lineDate: line.date,
      fromMinutes: line.minutes,
      toMinutes: dto.minutes,
      reason: dto.reason,
      status: 'pending',
      openLine: `${type}:${line.id}`,
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
      pointsDelta: null,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.tx.run(async (m) => {
        await m.insert(RecordCorrection, row);
        await this.audit.record(m, user, {
          communityId: line.communityId,
          action: 'record_correction.request',
          targetType: type,
          targetId: line.id,
          before: { minutes: line.minutes },
          after: { minutes: dto.minutes, reason: dto.reason },
        });
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new ConflictError('A correction of this line is waiting for a decision already');
      throw err;
    }
    return (await this.views([row]))[0];
  }

  async mine(user: AuthUser, q: CorrectionListQuery): Promise<Page<CorrectionView>> {
    return this.list({ volunteerId: user.id }, q);
  }

  async ofCommunity(actor: AuthUser, communityId: string, q: CorrectionListQuery) {
    assertCommunity(actor, communityId);
    return this.list({ communityId }, q);
  }

  private async list(
    where: { volunteerId?: string; communityId?: string },
    q: CorrectionListQuery,
  ): Promise<Page<CorrectionView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const rows = await this.dataSource.manager.find(RecordCorrection, {
      where: {
        ...where,
        ...(q.status ? { status: q.status } : {}),
        ...(after ? { id: LessThan(after) } : {}),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    const views = new Map((await this.views(rows.slice(0, limit))).map((v) => [v.id, v]));
    return toPage(rows, limit, (r) => views.get(r.id)!);
  }

  refuse(actor: AuthUser, id: string, reason?: string): Promise<CorrectionView> {
    return this.decide(actor, id, async (m, c) => {
      if (!reason) throw ValidationFailedError.field('reason', 'Give the volunteer a reason');
      await this.close(m, c, actor, 'refused', reason, null);
      return null;
    });
  }

  accept(actor: AuthUser, id: string, reason?: string): Promise<CorrectionView> {
    return this.decide(actor, id, async (m, c) => {
      const line = await this.line(m, c.lineType, c.lineId, true);
      if (!line) throw new InvalidStateError('This line is no longer on the record');
      const delta = c.toMinutes - line.minutes;
      if (c.toMinutes > line.max)
        throw new InvalidStateError(`At most ${line.max} minutes for this line`);
      // The days first (the volunteer's profile row is locked there, before any points row).
      const [before, after] = [line.parts(line.minutes), line.parts(c.toMinutes)];
      const change = dayChanges(before, after);
      await this.days.add(m, line.volunteerId, change.added, 'minutes');
      for (const p of change.removed) await this.days.remove(m, line.volunteerId, p.day, p.minutes);
      const training = line.activity?.isTraining ?? false;
      if (!training) {
        await m.delete(ServiceMinutes, { sourceType: line.type, sourceId: line.id });
        await this.days.recordApproved(
          m,
          {
            communityId: line.communityId,
            volunteerId: line.volunteerId,
            type: line.type,
            id: line.id,
            gridId: null,
          },
          after,
        );
      }
      const pointsDelta = await this.movePoints(m, actor, c, line, delta);
      const entity = line.type === 'attendance' ? Attendance : ServiceRecord;
      await m.update(
        entity,
        { id: line.id },
        { minutes: c.toMinutes, points: line.points + pointsDelta, updatedAt: this.clock.now() },
      );
      if (delta > 0 && !training)
        await this.recognition.checkLevels(m, line.communityId, line.volunteerId);
      await this.close(m, c, actor, 'accepted', reason ?? null, pointsDelta);
      return { before: line.minutes, points: pointsDelta };
    });
  }

  /** More minutes earn as any service does; fewer take back the line's points in proportion. */
  private async movePoints(
    m: EntityManager,
    actor: AuthUser,
    c: RecordCorrection,
    line: Line,
    delta: number,
  ): Promise<number> {
    const note = `Correction of ${line.title} on ${line.date}: ${line.minutes} → ${c.toMinutes} min`;
    if (delta > 0) {
      const award = await this.awards.earn(m, {
        communityId: line.communityId,
        volunteerId: line.volunteerId,
        source: { type: 'correction', id: c.id },
        basis: { kind: 'minutes', minutes: delta, pointsPerHour: line.activity?.pointsPerHour },
        involved: [
          { userId: actor.id, as: 'approved' },
          { userId: line.activity?.organiserId ?? null, as: 'organised' },
          { userId: line.markedBy, as: 'marked' },
        ],
        note,
      });
      return award.points;
    }
    const take = line.minutes > 0 ? Math.round((line.points * -delta) / line.minutes) : 0;
    if (take <= 0) return 0;
    await this.points.adjust(m, {
      communityId: line.communityId,
      userId: line.volunteerId,
      delta: -take,
      actorId: actor.id,
      note: note.slice(0, 200),
      sourceType: 'correction',
      sourceId: c.id,
    });
    return -take;
  }

  private decide(
    actor: AuthUser,
    id: string,
    work: (
      m: EntityManager,
      c: RecordCorrection,
    ) => Promise<{ before: number; points: number } | null>,
  ): Promise<CorrectionView> {
    return this.tx.run(async (m) => {
      const c = await lockInScope(m, RecordCorrection, actor, id, 'Correction');
      if (c.volunteerId === actor.id)
        throw new ForbiddenError('Nobody decides on a correction of their own record');
      if (c.status !== 'pending')
        throw new InvalidStateError(`This request is ${c.status} already`);
      await work(m, c);
      return (await this.views([c], m))[0];
    });
  }

  private async close(
    m: EntityManager,
    c: RecordCorrection,
    actor: AuthUser,
    status: 'accepted' | 'refused',
    reason: string | null,
    pointsDelta: number | null,
  ): Promise<void> {
    const now = this.clock.now();
    Object.assign(c, {
      status,
      openLine: null,
      decidedBy: actor.id,
      decidedAt: now,
      decisionReason: reason,
      pointsDelta,
      updatedAt: now,
    });
    await m.update(
      RecordCorrection,
      { id: c.id },
      {
        status,
        openLine: null,
        decidedBy: actor.id,
        decidedAt: now,
        decisionReason: reason,
        pointsDelta,
        updatedAt: now,
      },
    );
    await this.audit.record(m, actor, {
      communityId: c.communityId,
      action: `record_correction.${status === 'accepted' ? 'accept' : 'refuse'}`,
      targetType: c.lineType,
      targetId: c.lineId,
      before: { minutes: c.fromMinutes },
      after: {
        minutes: status === 'accepted' ? c.toMinutes : c.fromMinutes,
        reason,
        points: pointsDelta,
      },
    });
    await this.events.publish(m, {
      type: status === 'accepted' ? 'record_correction.accepted' : 'record_correction.refused',
      communityId: c.communityId,
      subject: { type: 'record_correction', id: c.id },
      actorId: actor.id,
      data: {
        volunteerId: c.volunteerId,
        title: c.lineTitle,
        date: c.lineDate,
        fromMinutes: c.fromMinutes,
        toMinutes: c.toMinutes,
        reason,
        points: pointsDelta,
      },
    });
  }

  /** An approved line of the record (locked when `lock`), or null. */
  private async line(
    m: EntityManager,
    type: CorrectedLine,
    id: string,
    lock: boolean,
  ): Promise<Line | null> {
    if (type === 'service_record') {
      const qb = m.createQueryBuilder(ServiceRecord, 'r').where('r.id = :id', { id });
      const r = await (lock ? forUpdate(m, qb) : qb).getOne();
      if (!r || r.status !== 'approved') return null;
      return {
        type,
        id: r.id,
        communityId: r.communityId,
        volunteerId: r.volunteerId,
        title: '自主志愿服务',
        date: r.serviceDate,
        minutes: r.minutes,
        points: r.points ?? 0,
        max: 24 * 60,
        parts: (minutes) => [{ day: r.serviceDate, minutes }],
        activity: null,
        markedBy: null,
      };
    }
    const qb = m.createQueryBuilder(Attendance, 't').where('t.id = :id', { id });
    const att = await (lock ? forUpdate(m, qb) : qb).getOne();
    if (!att || att.status !== 'approved') return null;
    const activity = await m.findOneByOrFail(Activity, { id: att.activityId });
    const zone = await this.communities.timeZone(att.communityId);
    return {
      type,
      id: att.id,
      communityId: att.communityId,
      volunteerId: att.volunteerId,
      title: activity.title,
      date: DateTime.fromJSDate(countedSpan(att, activity, att.minutes ?? 0)[0], {
        zone,
      }).toISODate()!,
      minutes: att.minutes ?? 0,
      points: att.points ?? 0,
      max: Math.floor((activity.endsAt.getTime() - activity.startsAt.getTime()) / 60_000),
      parts: (minutes) => minutesByDay(...countedSpan(att, activity, minutes), minutes, zone),
      activity,
      markedBy: att.markedBy,
    };
  }

  private async views(rows: RecordCorrection[], m = this.dataSource.manager) {
    const ids = [...new Set(rows.map((r) => r.volunteerId))];
    const users = ids.length
      ? await m.find(User, { select: { id: true, name: true }, where: { id: In(ids) } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return rows.map((r): CorrectionView => ({
      id: r.id,
      volunteerId: r.volunteerId,
      volunteerName: names.get(r.volunteerId) ?? null,
      lineType: r.lineType,
      lineId: r.lineId,
      lineTitle: r.lineTitle,
      lineDate: r.lineDate,
      fromMinutes: r.fromMinutes,
      toMinutes: r.toMinutes,
      reason: r.reason,
      status: r.status,
      decisionReason: r.decisionReason,
      pointsDelta: r.pointsDelta,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    }));
  }
}

/** What changes on each day when a line's minutes go from `before` to `after`. */
export function dayChanges(
  before: DayMinutes[],
  after: DayMinutes[],
): { added: DayMinutes[]; removed: DayMinutes[] } {
  const diff = new Map<string, number>();
  for (const p of before) diff.set(p.day, (diff.get(p.day) ?? 0) - p.minutes);
  for (const p of after) diff.set(p.day, (diff.get(p.day) ?? 0) + p.minutes);
  const added: DayMinutes[] = [];
  const removed: DayMinutes[] = [];
  for (const [day, minutes] of [...diff.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (minutes > 0) added.push({ day, minutes });
    if (minutes < 0) removed.push({ day, minutes: -minutes });
  }
  return { added, removed };
}
