import { RecognitionService } from 'src/recognition/recognition.service';
import { Injectable } from '@nestjs/common';
import { EventsService } from 'src/events/events.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, LessThan } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import {
  ForbiddenError,
  InvalidStateError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { findInScope } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { GridsService } from 'src/communities/grids.service';
import { affected } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import type { AwardFlag } from 'src/points/award-rules';
import { AwardsService } from 'src/points/awards.service';
import { PointRulesService } from 'src/points/point-rules.service';
import {
  CreateServiceRecordDto,
  RecordListQuery,
  ServiceRecordView,
} from 'src/service-hours/dto/hours.dto';
import { ServiceRecord } from 'src/service-hours/entities/service-record.entity';
import { backfillStart } from 'src/service-hours/hours.rules';
import { ServiceDaysService } from 'src/service-hours/service-days.service';
import { UsersService } from 'src/users/users.service';

export function toRecordView(r: ServiceRecord): ServiceRecordView {
  return {
    id: r.id,
    volunteerId: r.volunteerId,
    date: r.serviceDate,
    minutes: r.minutes,
    description: r.description,
    status: r.status,
    reason: r.reason,
    points: r.points,
    awardFlag: r.awardFlag,
  };
}

/**
 * Self-reported service: no future dates, none older than the community's backfill window, at
 * most 24 h a day across every source, approved or rejected by staff other than the volunteer.
 */
/** A reviewer's decision on a self-reported record. */
export type RecordDecision =
  | { decision: 'approve'; minutes?: number; reason?: string }
  | { decision: 'reject'; reason: string };

@Injectable()
export class ServiceRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly users: UsersService,
    private readonly communities: CommunitiesService,
    private readonly grids: GridsService,
    private readonly awards: AwardsService,
    private readonly rules: PointRulesService,
    private readonly days: ServiceDaysService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: EventsService,
    private readonly recognition: RecognitionService,
  ) {}

  async create(actor: AuthUser, dto: CreateServiceRecordDto): Promise<ServiceRecordView> {
    const communityId = actor.communityId;
    if (!communityId) throw new ForbiddenError('Only community volunteers report service');
    const [timeZone, { rules }] = await Promise.all([
      this.communities.timeZone(communityId),
      this.rules.current(communityId),
    ]);
    const day = DateTime.fromISO(dto.date, { zone: timeZone });
    if (!day.isValid) throw ValidationFailedError.field('date', 'date is not a real calendar date');
    const now = this.clock.now();
    if (day.startOf('day') > DateTime.fromJSDate(now, { zone: timeZone }).startOf('day')) {
      throw ValidationFailedError.field('date', 'date cannot be in the future');
    }
    if (day.toJSDate() < backfillStart(now, timeZone, rules.backfillDays)) {
      throw ValidationFailedError.field(
        'date',
        `date may lie at most ${rules.backfillDays} days in the past`,
      );
    }
    return this.tx.run(async (m) => {
      const profile = await this.users.findProfile(actor.id, m);
      if (profile?.status !== 'approved')
        throw new ForbiddenError('Only approved volunteers report service');
      if (dto.gridId) await this.grids.assertInCommunity(m, communityId, dto.gridId);
      // Pending reports count toward the day too, so racing reports cannot pass 24 h together.
      await this.days.add(m, actor.id, [{ day: dto.date, minutes: dto.minutes }], 'minutes');
      const record = Object.assign(new ServiceRecord(), {
        id: newId(),
        communityId,
        volunteerId: actor.id,
        gridId: dto.gridId ?? null,
        serviceDate: dto.date,
        minutes: dto.minutes,
        description: dto.description,
        status: 'pending',
        reason: null,
        decidedBy: null,
        decidedAt: null,
        points: null,
        awardFlag: null,
      });
      await m.save(record);
      return toRecordView(record);
    });
  }

  /**
   * Approves (posting points once) or rejects a pending record. An approval may lower the
   * minutes, with a reason, to what the reviewer found — never raise them: more minutes are the
   * volunteer's own report to make, under the daily cap, not a reviewer's favour.
   */
  decide(actor: AuthUser, id: string, d: RecordDecision): Promise<ServiceRecordView> {
    if (d.decision === 'approve' && d.minutes !== undefined && !d.reason)
      throw ValidationFailedError.field('reason', 'Give a reason when correcting the minutes');
    return this.tx.run(async (m) => {
      const r = await findInScope(m, ServiceRecord, actor, id, 'Service record');
      if (r.volunteerId === actor.id)
        throw new ForbiddenError('Nobody decides on their own service record');
      if (r.status !== 'pending') throw new InvalidStateError(`This record is ${r.status} already`);
      const reported = r.minutes;
      const minutes = d.decision === 'approve' ? (d.minutes ?? reported) : reported;
      if (minutes > reported)
        throw ValidationFailedError.field(
          'minutes',
          `A correction only lowers the minutes: at most the ${reported} reported`,
        );
      const now = this.clock.now();
      const status = d.decision === 'approve' ? 'approved' : 'rejected';
      const reason = d.reason ?? null;
      const changed = await m.update(
        ServiceRecord,
        { id: r.id, status: 'pending' },
        { status, minutes, reason, decidedBy: actor.id, decidedAt: now, points: 0, updatedAt: now },
      );
      if (affected(changed) !== 1) throw new InvalidStateError('This record was decided meanwhile');
      let award: { points: number; flag: AwardFlag | null } = { points: 0, flag: null };
      if (status === 'approved') {
        award = await this.awards.earn(m, {
          communityId: r.communityId,
          volunteerId: r.volunteerId,
          source: { type: 'service_record', id: r.id },
          basis: { kind: 'minutes', minutes },
          involved: [{ userId: actor.id, as: 'approved' }],
          note: `Service on ${r.serviceDate} (${minutes} min)`,
        });
        await m.update(
          ServiceRecord,
          { id: r.id },
          { points: award.points, awardFlag: award.flag },
        );
        await this.days.recordApproved(
          m,
          {
            communityId: r.communityId,
            volunteerId: r.volunteerId,
            type: 'service_record',
            id: r.id,
            gridId: r.gridId,
          },
          [{ day: r.serviceDate, minutes }],
        );
        await this.recognition.checkLevels(m, r.communityId, r.volunteerId);
      }
      // The day's total counted the reported minutes: give back what was not approved.
      const unapproved = status === 'approved' ? reported - minutes : reported;
      await this.days.remove(m, r.volunteerId, r.serviceDate, unapproved);
      await this.audit.record(m, actor, {
        communityId: r.communityId,
        action: minutes === reported ? `service_record.${d.decision}` : 'service_record.correct',
        targetType: 'service_record',
        targetId: r.id,
        before: { status: 'pending', minutes: reported, date: r.serviceDate },
        after: { status, minutes, reason, points: award.points, awardFlag: award.flag },
      });
      await this.events.publish(m, {
        type: status === 'approved' ? 'service_record.approved' : 'service_record.rejected',
        communityId: r.communityId,
        subject: { type: 'service_record', id: r.id },
        actorId: actor.id,
        data: { volunteerId: r.volunteerId, minutes, reported, reason, points: award.points },
      });
      return toRecordView(
        Object.assign(r, { status, minutes, reason, points: award.points, awardFlag: award.flag }),
      );
    });
  }

  async list(actor: AuthUser, q: RecordListQuery): Promise<Page<ServiceRecordView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const rows = await this.dataSource.manager.find(ServiceRecord, {
      where: {
        ...(actor.communityId ? { communityId: actor.communityId } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(after ? { id: LessThan(after) } : {}),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, toRecordView);
  }

  /** A volunteer's own reports, newest first, with their state and the reason if refused. */
  async mine(actor: AuthUser, q: RecordListQuery): Promise<Page<ServiceRecordView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const rows = await this.dataSource.manager.find(ServiceRecord, {
      where: {
        volunteerId: actor.id,
        ...(q.status ? { status: q.status } : {}),
        ...(after ? { id: LessThan(after) } : {}),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, toRecordView);
  }
}
