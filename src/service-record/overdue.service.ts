import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { assertCommunity } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import { lastOverdueDay, recordingDeadline } from 'src/recognition/recognition.rules';
import { RecognitionService } from 'src/recognition/recognition.service';
import { OverdueItemView, OverdueView } from 'src/service-record/dto/service-record.dto';

type Row = Record<string, string | number | Date | null>;

const SHOWN = 200;

/**
 * Service still unrecorded 10 working days after it ended (记录办法 第十一条): activities with
 * attendances not approved, and self-reports not decided. Working days skip weekends and the
 * community's holidays, and count its weekend days worked in lieu.
 */
@Injectable()
export class OverdueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
    private readonly recognition: RecognitionService,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser, communityId: string): Promise<OverdueView> {
    assertCommunity(actor, communityId);
    const [zone, settings] = await Promise.all([
      this.communities.timeZone(communityId),
      this.recognition.settings(communityId),
    ]);
    const today = DateTime.fromJSDate(this.clock.now(), { zone }).toISODate()!;
    const lastDay = lastOverdueDay(today, settings);
    // Service that ended before the next day began, in the community's zone.
    const before = DateTime.fromISO(lastDay, { zone }).plus({ days: 1 }).toJSDate();
    const localDay = (v: Row[string]) =>
      DateTime.fromJSDate(fromDbTime(v as Date | string), { zone }).toISODate()!;
    const [activities, reports] = await Promise.all([
      this.dataSource.query<Row[]>(
        `SELECT a.id, a.title, a.ends_at, COUNT(*) AS pending
         FROM attendances t JOIN activities a ON a.id = t.activity_id
         WHERE t.status IN ('open', 'closed') AND t.activity_ends_at < ? AND t.community_id = ?
         GROUP BY a.id, a.title, a.ends_at`,
        [toDbTime(before), communityId],
      ),
      this.dataSource.query<Row[]>(
        `SELECT r.id, r.service_date, r.minutes, u.name
         FROM service_records r JOIN users u ON u.id = r.volunteer_id
         WHERE r.community_id = ? AND r.status = 'pending' AND r.service_date <= ?`,
        [communityId, lastDay],
      ),
    ]);
    const items: OverdueItemView[] = [
      ...activities.map((a) => {
        const endedOn = localDay(a.ends_at);
        return {
          kind: 'activity' as const,
          id: String(a.id),
          title: String(a.title),
          volunteerName: null,
          endedOn,
          deadline: recordingDeadline(endedOn, settings),
          pending: Number(a.pending),
        };
      }),
      ...reports.map((r) => {
        const endedOn = String(r.service_date);
        return {
          kind: 'report' as const,
          id: String(r.id),
          title: `自主服务上报 ${Number(r.minutes)} 分钟`,
          volunteerName: String(r.name),
          endedOn,
          deadline: recordingDeadline(endedOn, settings),
          pending: 1,
        };
      }),
    ].sort((x, y) =>
      x.endedOn === y.endedOn ? (x.id < y.id ? -1 : 1) : x.endedOn < y.endedOn ? -1 : 1,
    );
    return { asOf: today, total: items.length, items: items.slice(0, SHOWN) };
  }
}
