import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, LessThan } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
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
import { PointRulesService } from 'src/points/point-rules.service';
import { PointsService } from 'src/points/points.service';
import { AttendanceService } from 'src/service-hours/attendance.service';
import {
  CreateServiceRecordDto,
  RecordListQuery,
  ServiceRecordView,
} from 'src/service-hours/dto/hours.dto';
import { ServiceRecord } from 'src/service-hours/entities/service-record.entity';
import { pointsForMinutes } from 'src/service-hours/hours.rules';
import { UsersService } from 'src/users/users.service';

export const MINUTES_PER_DAY = 24 * 60;

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
  };
}

/** Self-reported service: no future dates, at most 24 h a day, approved or rejected by staff. */
@Injectable()
export class ServiceRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly users: UsersService,
    private readonly communities: CommunitiesService,
    private readonly grids: GridsService,
    private readonly points: PointsService,
    private readonly rules: PointRulesService,
    private readonly attendance: AttendanceService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuthUser, dto: CreateServiceRecordDto): Promise<ServiceRecordView> {
    const communityId = actor.communityId;
    if (!communityId) throw new ForbiddenError('Only community volunteers report service');
    const timeZone = await this.communities.timeZone(communityId);
    const day = DateTime.fromISO(dto.date, { zone: timeZone });
    if (!day.isValid) throw ValidationFailedError.field('date', 'date is not a real calendar date');
    if (day.startOf('day') > DateTime.now().setZone(timeZone).startOf('day')) {
      throw ValidationFailedError.field('date', 'date cannot be in the future');
    }
    return this.tx.run(async (m) => {
      const profile = await this.users.findProfile(actor.id, m);
      if (profile?.status !== 'approved')
        throw new ForbiddenError('Only approved volunteers report service');
      if (dto.gridId) await this.grids.assertInCommunity(m, communityId, dto.gridId);
      // Serializes one volunteer's reports so the daily total cannot be passed by racing requests.
      await this.points.lockMember(m, communityId, actor.id);
      const [row] = await m.query<{ total: number | string | null }[]>(
        `SELECT COALESCE(SUM(minutes), 0) AS total FROM service_records
         WHERE volunteer_id = ? AND service_date = ? AND status <> 'rejected'`,
        [actor.id, dto.date],
      );
      const already = Number(row?.total ?? 0);
      if (already + dto.minutes > MINUTES_PER_DAY) {
        throw ValidationFailedError.field(
          'minutes',
          `At most 24 hours a day: ${already} minutes are already reported for ${dto.date}`,
        );
      }
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
      });
      await m.save(record);
      return toRecordView(record);
    });
  }

  decide(
    actor: AuthUser,
    id: string,
    decision: 'approve' | 'reject',
    reason?: string,
  ): Promise<ServiceRecordView> {
    return this.tx.run(async (m) => {
      const r = await findInScope(m, ServiceRecord, actor, id, 'Service record');
      if (r.volunteerId === actor.id && !isPlatformAdmin(actor))
        throw new ForbiddenError('You cannot decide on your own record');
      if (r.status !== 'pending') throw new InvalidStateError(`This record is ${r.status} already`);
      const now = new Date();
      const status = decision === 'approve' ? 'approved' : 'rejected';
      const changed = await m.update(
        ServiceRecord,
        { id: r.id, status: 'pending' },
        {
          status,
          reason: reason ?? null,
          decidedBy: actor.id,
          decidedAt: now,
          points: 0,
          updatedAt: now,
        },
      );
      if (affected(changed) !== 1) throw new InvalidStateError('This record was decided meanwhile');
      let points = 0;
      if (decision === 'approve') {
        const { rules } = await this.rules.current(r.communityId, m);
        points = await this.attendance.award(
          m,
          r.communityId,
          r.volunteerId,
          pointsForMinutes(r.minutes, rules.pointsPerHour),
          'service_record',
          r.id,
          `Service on ${r.serviceDate} (${r.minutes} min)`,
          now,
        );
        await m.update(ServiceRecord, { id: r.id }, { points });
      }
      await this.audit.record(m, actor, {
        communityId: r.communityId,
        action: `service_record.${decision}`,
        targetType: 'service_record',
        targetId: r.id,
        before: { status: 'pending' },
        after: { status, reason: reason ?? null, points },
      });
      return toRecordView(Object.assign(r, { status, reason: reason ?? null, points }));
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
}
