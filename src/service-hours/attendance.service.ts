import { RecognitionService } from 'src/recognition/recognition.service';
import { Injectable, Logger } from '@nestjs/common';
import { EventsService } from 'src/events/events.service';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import { ATTEMPT_LIMITS, AttemptsService } from 'src/common/attempts/attempts.service';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
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
import { AwardsService } from 'src/points/awards.service';
import { PointRulesService } from 'src/points/point-rules.service';
import { ActivitiesService } from 'src/service-hours/activities.service';
import { AttendanceView } from 'src/service-hours/dto/hours.dto';
import { Activity } from 'src/service-hours/entities/activity.entity';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import {
  AUTO_CLOSE_HOURS,
  attendedMinutes,
  backfillStart,
  EARLY_CHECK_IN_MINUTES,
  elapsedMinutes,
  isValidCode,
  minutesByDay,
} from 'src/service-hours/hours.rules';
import { ServiceDaysService } from 'src/service-hours/service-days.service';

/** A check-in or check-out code that is wrong or has expired: counted as a wrong try. */
export class WrongCheckInCodeError extends ValidationFailedError {
  constructor() {
    const message = 'This code is wrong or has expired; scan the current one';
    super([{ field: 'code', messages: [message] }], message);
  }
}

/**
 * Where an attendance's approved minutes lie: from check-in to check-out within the activity,
 * or — when the organiser approved more than that span (a forgotten check-out) — from the
 * activity's start, within the activity.
 */
export function countedSpan(att: Attendance, a: Activity, minutes: number): [Date, Date] {
  const from = new Date(Math.max(att.checkInAt.getTime(), a.startsAt.getTime()));
  const to = new Date(Math.min((att.checkOutAt ?? a.endsAt).getTime(), a.endsAt.getTime()));
  return minutes <= attendedMinutes(from, to, from, to) ? [from, to] : [a.startsAt, a.endsAt];
}

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
    awardFlag: a.awardFlag,
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
    private readonly awards: AwardsService,
    private readonly rules: PointRulesService,
    private readonly communities: CommunitiesService,
    private readonly days: ServiceDaysService,
    private readonly audit: AuditService,
    private readonly jobs: JobRunsService,
    private readonly clock: Clock,
    private readonly attempts: AttemptsService,
    private readonly events: EventsService,
    private readonly recognition: RecognitionService,
  ) {}

  checkIn(actor: AuthUser, activityId: string, code: string): Promise<AttendanceView> {
    const now = this.clock.now();
    return this.withAttempts(actor, activityId, () =>
      this.tx.run(async (m) => {
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
          awardFlag: null,
        });
        try {
          await m.save(attendance);
        } catch (err) {
          if (isUniqueViolation(err)) throw new ConflictError('You have checked in already');
          throw err;
        }
        return toAttendanceView(attendance);
      }),
    );
  }

  checkOut(actor: AuthUser, activityId: string, code: string): Promise<AttendanceView> {
    const now = this.clock.now();
    return this.withAttempts(actor, activityId, () =>
      this.tx.run(async (m) => {
        const a = await this.withValidCode(m, actor, activityId, code, now);
        const att = await m.findOne(Attendance, {
          where: { activityId: a.id, volunteerId: actor.id },
        });
        if (!att) throw new InvalidStateError('Check in before you check out');
        if (att.status !== 'open') throw new InvalidStateError('You have checked out already');
        return toAttendanceView(await this.closeAt(m, att, a, now, false));
      }),
    );
  }

  /**
   * The organiser records attendance by hand (for someone without a phone, say): never their
   * own, never for time that has not happened yet, never for an activity older than the
   * backfill window.
   */
  mark(
    actor: AuthUser,
    activityId: string,
    volunteerId: string,
    inAt: Date,
    outAt: Date,
  ): Promise<AttendanceView> {
    if (outAt <= inAt)
      throw ValidationFailedError.field('checkOutAt', 'checkOutAt must be after checkInAt');
    if (volunteerId === actor.id)
      throw new ForbiddenError('Nobody records their own attendance; ask another organiser');
    const now = this.clock.now();
    return this.tx.run(async (m) => {
      const a = await this.activities.organised(m, actor, activityId);
      if (outAt > now)
        throw ValidationFailedError.field('checkOutAt', 'checkOutAt cannot be in the future');
      const { rules } = await this.rules.current(a.communityId, m);
      const timeZone = await this.communities.timeZone(a.communityId);
      if (a.startsAt < backfillStart(now, timeZone, rules.backfillDays)) {
        throw new InvalidStateError(
          `Attendance can be recorded for at most ${rules.backfillDays} days after an activity`,
        );
      }
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
          awardFlag: null,
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
        before: existing
          ? {
              checkInAt: existing.checkInAt.toISOString(),
              checkOutAt: existing.checkOutAt?.toISOString() ?? null,
              minutes: existing.minutes,
            }
          : null,
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

  /**
   * Organiser approval posts round(minutes / 60 × pointsPerHour), once per attendance, as
   * AwardsService decides. Corrected minutes (with a reason) cannot exceed what of the activity
   * has happened; the minutes count toward the volunteer's 24 hours of that local day. Nobody
   * approves their own attendance, and nobody earns from attendance they organised or marked.
   */
  approve(
    actor: AuthUser,
    activityId: string,
    volunteerId: string,
    minutes?: number,
    reason?: string,
  ): Promise<AttendanceView> {
    if (minutes !== undefined && !reason)
      throw ValidationFailedError.field('reason', 'Give a reason when correcting the minutes');
    // Approving one's own attendance is refused by AwardsService (the approver may not earn).
    return this.tx.run(async (m) => {
      const a = await this.activities.organised(m, actor, activityId);
      const att = await m.findOne(Attendance, { where: { activityId: a.id, volunteerId } });
      if (!att) throw new NotFoundError('Attendance');
      if (att.status === 'approved')
        throw new InvalidStateError('This attendance is approved already');
      if (att.status !== 'closed')
        throw new InvalidStateError('The volunteer has not checked out yet');
      const now = this.clock.now();
      const happened = elapsedMinutes(a.startsAt, a.endsAt, now);
      if (minutes !== undefined && minutes > happened) {
        throw ValidationFailedError.field(
          'minutes',
          `minutes cannot exceed the ${happened} minutes of the activity that have taken place`,
        );
      }
      const final = Math.min(minutes ?? att.minutes ?? 0, happened);
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
      const timeZone = await this.communities.timeZone(a.communityId);
      const parts = minutesByDay(...countedSpan(att, a, final), final, timeZone);
      await this.days.add(m, volunteerId, parts);
      const { points, flag } = await this.awards.earn(m, {
        communityId: a.communityId,
        volunteerId,
        source: { type: 'attendance', id: att.id },
        basis: { kind: 'minutes', minutes: final, pointsPerHour: a.pointsPerHour },
        involved: [
          { userId: a.organiserId, as: 'organised' },
          { userId: att.markedBy, as: 'marked' },
          { userId: actor.id, as: 'approved' },
        ],
        note: `${a.title} (${final} min)`,
      });
      await m.update(Attendance, { id: att.id }, { points, awardFlag: flag });
      // A training's minutes count toward the day's 24 hours, but they are not service.
      if (!a.isTraining) {
        await this.days.recordApproved(
          m,
          { communityId: a.communityId, volunteerId, type: 'attendance', id: att.id, gridId: null },
          parts,
        );
        await this.recognition.checkLevels(m, a.communityId, volunteerId);
      }
      await this.audit.record(m, actor, {
        communityId: a.communityId,
        action:
          minutes !== undefined && minutes !== att.minutes
            ? 'attendance.correct'
            : 'attendance.approve',
        targetType: 'attendance',
        targetId: att.id,
        before: { status: 'closed', minutes: att.minutes },
        after: {
          status: 'approved',
          minutes: final,
          reason: reason ?? null,
          points,
          awardFlag: flag,
        },
      });
      Object.assign(att, { status: 'approved', minutes: final, points, awardFlag: flag });
      await this.events.publish(m, {
        type: 'attendance.approved',
        communityId: a.communityId,
        subject: { type: 'attendance', id: att.id },
        actorId: actor.id,
        data: { volunteerId, activityId: a.id, title: a.title, minutes: final, points },
      });
      return toAttendanceView(att);
    });
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
      { checkOutAt: at, minutes, status: 'closed', flagged, updatedAt: at },
    );
    if (affected(changed) !== 1) throw new InvalidStateError('You have checked out already');
    return Object.assign(att, { checkOutAt: at, minutes, status: 'closed', flagged });
  }

  /** A volunteer gets a few wrong codes per activity, then waits (the code has 6 digits). */
  private withAttempts<T>(actor: AuthUser, activityId: string, work: () => Promise<T>) {
    return this.attempts.guard(
      [{ key: `checkin:${actor.id}:${activityId}`, limit: ATTEMPT_LIMITS.checkIn }],
      work,
      (err) => err instanceof WrongCheckInCodeError,
    );
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
      throw new WrongCheckInCodeError();
    }
    return a;
  }
}
