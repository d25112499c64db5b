import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, FindOptionsWhere, LessThan } from 'typeorm';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { CommunitiesService, DEFAULT_TIMEZONE } from 'src/communities/communities.service';
import { AuditEntryView, AuditQuery } from 'src/reports/dto/reports.dto';
import { dayWindow } from 'src/reports/periods';

/** The audit log of the caller's community, newest first, with filters. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
  ) {}

  async list(user: AuthUser, q: AuditQuery): Promise<Page<AuditEntryView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const days = q.from || q.to ? await this.days(user, q.from, q.to) : null;
    const where: FindOptionsWhere<AuditEntry> = {
      ...(isPlatformAdmin(user) ? {} : { communityId: user.communityId! }),
      ...(q.action ? { action: q.action } : {}),
      ...(q.targetType ? { targetType: q.targetType } : {}),
      ...(q.targetId ? { targetId: q.targetId } : {}),
      ...(q.actorId ? { actorId: q.actorId } : {}),
      ...(after ? { id: LessThan(after) } : {}),
      ...(days ? { createdAt: Between(days.from, new Date(days.to.getTime() - 1)) } : {}),
    };
    const rows = await this.dataSource.manager.find(AuditEntry, {
      where,
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (e) => ({
      id: e.id,
      actorId: e.actorId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: e.before,
      after: e.after,
      requestId: e.requestId,
      createdAt: e.createdAt.toISOString(),
    }));
  }

  /** The days from..to (either may be open) in the caller's community time zone. */
  private async days(user: AuthUser, from?: string, to?: string) {
    const zone = user.communityId
      ? await this.communities.timeZone(user.communityId)
      : DEFAULT_TIMEZONE;
    return dayWindow(from ?? '2000-01-01', to ?? '2999-12-31', zone, false);
  }
}
