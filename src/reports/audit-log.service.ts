import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, LessThan } from 'typeorm';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { AuditEntryView, AuditQuery } from 'src/reports/dto/reports.dto';

/** The audit log of the caller's community, newest first, with filters. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthUser, q: AuditQuery): Promise<Page<AuditEntryView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const where: FindOptionsWhere<AuditEntry> = {
      ...(isPlatformAdmin(user) ? {} : { communityId: user.communityId! }),
      ...(q.action ? { action: q.action } : {}),
      ...(q.targetType ? { targetType: q.targetType } : {}),
      ...(q.targetId ? { targetId: q.targetId } : {}),
      ...(q.actorId ? { actorId: q.actorId } : {}),
      ...(after ? { id: LessThan(after) } : {}),
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
}
