import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from 'src/common/clock/clock';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { CommunitiesService, DEFAULT_TIMEZONE } from 'src/communities/communities.service';
import { toAttendanceView } from 'src/service-hours/attendance.service';
import { HoursView } from 'src/service-hours/dto/hours.dto';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import { ServiceRecord } from 'src/service-hours/entities/service-record.entity';
import { toRecordView } from 'src/service-hours/service-records.service';

const RECENT = 50;

/** GET /me/hours: approved minutes this month, this year and in total, and recent items. */
@Injectable()
export class HoursService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
    private readonly clock: Clock,
  ) {}

  async mine(user: AuthUser): Promise<HoursView> {
    const now = this.clock.now();
    const m = this.dataSource.manager;
    const timeZone = user.communityId
      ? await this.communities.timeZone(user.communityId)
      : DEFAULT_TIMEZONE;
    const local = DateTime.fromJSDate(now, { zone: timeZone });
    const month = local.startOf('month');
    const year = local.startOf('year');
    // Approved service by the local day it lay on (an activity across midnight counts on both).
    const [sum] = await m.query<Record<string, number | string | null>[]>(
      `SELECT COALESCE(SUM(minutes), 0) AS total,
              COALESCE(SUM(CASE WHEN day >= ? THEN minutes ELSE 0 END), 0) AS this_month,
              COALESCE(SUM(CASE WHEN day >= ? THEN minutes ELSE 0 END), 0) AS this_year
       FROM service_minutes WHERE volunteer_id = ?`,
      [month.toISODate(), year.toISODate(), user.id],
    );
    const [attendances, records] = await Promise.all([
      m.find(Attendance, { where: { volunteerId: user.id }, order: { id: 'DESC' }, take: RECENT }),
      m.find(ServiceRecord, {
        where: { volunteerId: user.id },
        order: { id: 'DESC' },
        take: RECENT,
      }),
    ]);
    const total = (key: string) => Number(sum?.[key] ?? 0);
    return {
      minutesThisMonth: total('this_month'),
      minutesThisYear: total('this_year'),
      minutesTotal: total('total'),
      attendances: attendances.map(toAttendanceView),
      records: records.map(toRecordView),
    };
  }
}
