import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { CommunitiesService } from 'src/communities/communities.service';
import { isUniqueViolation } from 'src/database/db-errors';
import { affected } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { PointRulesService } from 'src/points/point-rules.service';
import { PointsService } from 'src/points/points.service';
import { ActivitiesService } from 'src/service-hours/activities.service';
import { AttendanceView } from 'src/service-hours/dto/hours.dto';
import { Activity } from 'src/service-hours/entities/activity.entity';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import {
  AUTO_CLOSE_HOURS,
  attendedMinutes,
  EARLY_CHECK_IN_MINUTES,
  isValidCode,
  pointsForMinutes,
} from 'src/service-hours/hours.rules';

export function toAttendanceView(a: Attendance): AttendanceView {
  return {
    id: a.id,
    activityId: a.activityId,
    volunteerId: a.volunteerId,
    checkInAt: a.checkInAt.toISOString(),
    checkOutAt: a.checkOutAt ? a.checkOutAt.toISOString() : null,
    minutes: a.minutes,
    status: a.status,
    flagged: a.flagged,
    points: a.points,
  };
}

/** Check-in / check-out with the rotating code, marking by hand, approval into points. */
@Injectable()
export class AttendanceService {
  private readonly logger = new Logger('AttendanceAutoClose');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly activities: ActivitiesService,
    private readonly points: PointsService,
    private readonly rules: PointRulesService,
    private readonly communities: CommunitiesService,
    private readonly audit: AuditService,
    private readonly jobs: JobRunsService,
  ) {}

  checkIn(
    actor: AuthUser,
    activityId: string,
    code: string,
    now = new Date(),
  ): Promise<AttendanceView> {
    return this.tx.run(async (m) => {
      const a = await this.withValidCode(m, actor, activityId, code, now);
      if (
        now.getTime() < a.startsAt.getTime() - EARLY_CHECK_IN_MINUTES * 60_000 ||
        now >= a.endsAt
      ) {
        throw new InvalidStateError(
          'Check-in opens 30 minutes before the start and closes at the end',
        );
      }
      const attendance = Object.assign(new Attendance(), {
        id: newId(),
        communityId: a.communityId,
        activityId: a.id,
        volunteerId: actor.id,
        activityEndsAt: a.endsAt,
        checkInAt: now,
        checkOutAt: null,
        minutes: null,
        status: 'open',
        flagged: false,
        markedBy: null,
        approvedBy: null,
        approvedAt: null,
        correctionReason: null,
        points: null,
      });
      try {
        await m.save(attendance);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError('You have checked in already');
        throw err;
      }
      return toAttendanceView(attendance);
    });
  }

  checkOut(
    actor: AuthUser,
    activityId: string,
    code: string,
    now = new Date(),
  ): Promise<AttendanceView> {
    return this.tx.run(async (m) => {
      const a = await this.withValidCode(m, actor, activityId, code, now);
      const att = await m.findOne(Attendance, {
        where: { activityId: a.id, volunteerId: actor.id },
      });
      if (!att) throw new InvalidStateError('Check in before you check out');
      if (att.status !== 'open') throw new InvalidStateError('You have checked out already');
      return toAttendanceView(await this.closeAt(m, att, a, now, false));
    });
  }

  /** The organiser records attendance by hand (for someone without a phone, say). */
  mark(
    actor: AuthUser,
    activityId: string,
    volunteerId: string,
    inAt: Date,
    outAt: Date,
  ): Promise<AttendanceView> {
    if (outAt <= inAt)
      throw ValidationFailedError.field('checkOutAt', 'checkOutAt must be after checkInAt');
    return this.tx.run(async (m) => {
      const a = await this.activities.organised(m, actor, activityId);
      if (!(await this.activities.isSignedUp(m, a.id, volunteerId))) {
        throw ValidationFailedError.field('userId', 'This volunteer has not signed up');
      }
      const existing = await m.findOne(Attendance, { where: { activityId: a.id, volunteerId } });
      if (existing?.status === 'approved')
        throw new InvalidStateError('This attendance is approved already');
      const att =
        existing ??
        Object.assign(new Attendance(), {
          id: newId(),
          communityId: a.communityId,
          activityId: a.id,
          volunteerId,
          activityEndsAt: a.endsAt,
          status: 'open',
          flagged: false,
          approvedBy: null,
          approvedAt: null,
          correctionReason: null,
          points: null,
        });
      Object.assign(att, {
        checkInAt: inAt,
        checkOutAt: outAt,
        minutes: attendedMinutes(inAt, outAt, a.startsAt, a.endsAt),
        status: 'closed',
        flagged: false,
        markedBy: actor.id,
      });
      await m.save(att);
      await this.audit.record(m, actor, {
        communityId: a.communityId,
        action: 'attendance.mark',
        targetType: 'attendance',
        targetId: att.id,
        after: {
          volunteerId,
          checkInAt: inAt.toISOString(),
          checkOutAt: outAt.toISOString(),
          minutes: att.minutes,
        },
      });
      return toAttendanceView(att);
    });
  }

  /** Organiser approval posts round(minutes / 60 × pointsPerHour), once per attendance. */
  approve(
    actor: AuthUser,
    activityId: string,
    volunteerId: string,
    minutes?: number,
    reason?: string,
  ): Promise<AttendanceView> {
    if (minutes !== undefined && !reason)
      throw ValidationFailedError.field('reason', 'Give a reason when correcting the minutes');
    return this.tx.run(async (m) => {
      const a = await this.activities.organised(m, actor, activityId);
      const att = await m.findOne(Attendance, { where: { activityId: a.id, volunteerId } });
      if (!att) throw new NotFoundError('Attendance');
      if (att.status === 'approved')
        throw new InvalidStateError('This attendance is approved already');
      if (att.status !== 'closed')
        throw new InvalidStateError('The volunteer has not checked out yet');
      const final = minutes ?? att.minutes ?? 0;
      const points = pointsForMinutes(final, a.pointsPerHour);
      const now = new Date();
      const changed = await m.update(
        Attendance,
        { id: att.id, status: 'closed' },
        {
          status: 'approved',
          minutes: final,
          approvedBy: actor.id,
          approvedAt: now,
          correctionReason: reason ?? null,
          points: 0,
          updatedAt: now,
        },
      );
      if (affected(changed) !== 1)
        throw new InvalidStateError('This attendance is approved already');
      const awarded = await this.award(
        m,
        a.communityId,
        volunteerId,
        points,
        'attendance',
        att.id,
        `${a.title} (${final} min)`,
        now,
      );
      await m.update(Attendance, { id: att.id }, { points: awarded });
      if (minutes !== undefined && minutes !== att.minutes) {
        await this.audit.record(m, actor, {
          communityId: a.communityId,
          action: 'attendance.correct',
          targetType: 'attendance',
          targetId: att.id,
          before: { minutes: att.minutes },
          after: { minutes: final, reason },
        });
      }
      Object.assign(att, { status: 'approved', minutes: final, points: awarded });
      return toAttendanceView(att);
    });
  }

  /** Posts earned points within the monthly caps; returns what was posted. */
  async award(
    m: EntityManager,
    communityId: string,
    userId: string,
    amount: number,
    sourceType: string,
    sourceId: string,
    note: string,
    now: Date,
  ): Promise<number> {
    if (amount <= 0) return 0;
    const [{ rules }, monthStart] = await Promise.all([
      this.rules.current(communityId, m),
      this.communities.monthStart(communityId, now),
    ]);
    const { transfer } = await this.points.awardWithinCaps(
      m,
      {
        communityId,
        userId,
        amount,
        kind: 'earn_service',
        sourceType,
        sourceId,
        actorId: null,
        note: note.slice(0, 200),
      },
      rules,
      monthStart,
    );
    return transfer?.amount ?? 0;
  }

  async list(actor: AuthUser, activityId: string): Promise<AttendanceView[]> {
    const m = this.dataSource.manager;
    const a = await this.activities.organised(m, actor, activityId);
    return (await m.find(Attendance, { where: { activityId: a.id }, order: { id: 'ASC' } })).map(
      toAttendanceView,
    );
  }

  @Cron('35 * * * *', { name: 'attendance-auto-close' })
  async hourly(): Promise<void> {
    await this.jobs.hourly('attendance-auto-close', this.logger, (now) => this.autoClose(now));
  }

  /** Attendances still open 24 h after the activity's end close at the end, flagged. */
  async autoClose(now: Date): Promise<{ closed: number; summary: string }> {
    const cutoff = new Date(now.getTime() - AUTO_CLOSE_HOURS * 3_600_000);
    const due = await this.dataSource.manager.find(Attendance, {
      where: { status: 'open', activityEndsAt: LessThanOrEqual(cutoff) },
      take: 1000,
    });
    let closed = 0;
    for (const att of due) {
      const ok = await this.tx.run(async (m) => {
        const a = await m.findOneByOrFail(Activity, { id: att.activityId });
        const changed = await m.update(
          Attendance,
          { id: att.id, status: 'open' },
          {
            checkOutAt: a.endsAt,
            minutes: attendedMinutes(att.checkInAt, a.endsAt, a.startsAt, a.endsAt),
            status: 'closed',
            flagged: true,
            updatedAt: now,
          },
        );
        return affected(changed) === 1;
      });
      if (ok) closed++;
    }
    return { closed, summary: `closed ${closed} attendances without check-out, flagged` };
  }

  private async closeAt(
    m: EntityManager,
    att: Attendance,
    a: Activity,
    at: Date,
    flagged: boolean,
  ) {
    const minutes = attendedMinutes(att.checkInAt, at, a.startsAt, a.endsAt);
    const changed = await m.update(
      Attendance,
      { id: att.id, status: 'open' },
      { checkOutAt: at, minutes, status: 'closed', flagged, updatedAt: new Date() },
    );
    if (affected(changed) !== 1) throw new InvalidStateError('You have checked out already');
    return Object.assign(att, { checkOutAt: at, minutes, status: 'closed', flagged });
  }

  private async withValidCode(
    m: EntityManager,
    actor: AuthUser,
    activityId: string,
    code: string,
    now: Date,
  ) {
    const a = await this.activities.get(actor, activityId, m);
    if (!(await this.activities.isSignedUp(m, a.id, actor.id))) {
      throw new ForbiddenError('Sign up for the activity first');
    }
    if (!isValidCode(await this.activities.secret(m, a.id), a.id, code, now)) {
      throw ValidationFailedError.field(
        'code',
        'This code is wrong or has expired; scan the current one',
      );
    }
    return a;
  }
}
