import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, FindOptionsWhere, LessThan } from 'typeorm';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { CommunitiesService, DEFAULT_TIMEZONE } from 'src/communities/communities.service';
import { AuditEntryView, AuditQuery } from 'src/reports/dto/reports.dto';
import { dayWindow } from 'src/reports/periods';

/**
 * What a target is called, by its type: one query per type present on a page (never one per
 * row). Scoped by community like the log itself. A type without a name (a webhook delivery) is
 * shown by its kind alone.
 */
const TARGET_NAMES: Record<string, string> = {
  wish: 'SELECT id, title AS name FROM wishes WHERE community_id = ? AND id IN (?)',
  user: 'SELECT id, name FROM users WHERE community_id = ? AND id IN (?)',
  activity: 'SELECT id, title AS name FROM activities WHERE community_id = ? AND id IN (?)',
  attendance: `SELECT t.id, a.title AS name FROM attendances t JOIN activities a ON a.id = t.activity_id
    WHERE t.community_id = ? AND t.id IN (?)`,
  service_record:
    'SELECT id, description AS name FROM service_records WHERE community_id = ? AND id IN (?)',
  redemption: `SELECT r.id, i.name FROM redemptions r JOIN store_items i ON i.id = r.item_id
    WHERE r.community_id = ? AND r.id IN (?)`,
  store_item: 'SELECT id, name FROM store_items WHERE community_id = ? AND id IN (?)',
  grid: 'SELECT id, name FROM grids WHERE community_id = ? AND id IN (?)',
  community: 'SELECT id, name FROM communities WHERE id = ? AND id IN (?)',
  webhook: 'SELECT id, url AS name FROM webhooks WHERE community_id = ? AND id IN (?)',
  certificate: `SELECT c.id, u.name FROM certificates c JOIN users u ON u.id = c.volunteer_id
    WHERE c.community_id = ? AND c.id IN (?)`,
};

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
    const page = toPage(rows, limit, (e) => e);
    const names = await this.targetNames(page.items);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((e) => ({
        id: e.id,
        actorId: e.actorId,
        action: e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        targetName: names.get(`${e.targetType}:${e.targetId}`) ?? null,
        before: e.before,
        after: e.after,
        requestId: e.requestId,
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }

  /** "type:id" → name, for the targets of a page's entries. */
  private async targetNames(entries: AuditEntry[]): Promise<Map<string, string>> {
    const byType = new Map<string, Map<string, Set<string>>>();
    for (const e of entries) {
      // A community created by the platform admin is logged outside any community: its own.
      const scope = e.communityId ?? (e.targetType === 'community' ? e.targetId : null);
      if (!TARGET_NAMES[e.targetType] || !scope) continue;
      const byCommunity = byType.get(e.targetType) ?? new Map<string, Set<string>>();
      const ids = byCommunity.get(scope) ?? new Set<string>();
      byType.set(e.targetType, byCommunity.set(scope, ids.add(e.targetId)));
    }
    const names = new Map<string, string>();
    for (const [type, byCommunity] of byType)
      for (const [communityId, ids] of byCommunity) {
        const sql = TARGET_NAMES[type].replace(
          'IN (?)',
          `IN (${[...ids].map(() => '?').join(', ')})`,
        );
        const rows = await this.dataSource.query<{ id: string; name: string }[]>(sql, [
          communityId,
          ...ids,
        ]);
        for (const r of rows) names.set(`${type}:${r.id}`, r.name);
      }
    return names;
  }

  /** The days from..to (either may be open) in the caller's community time zone. */
  private async days(user: AuthUser, from?: string, to?: string) {
    const zone = user.communityId
      ? await this.communities.timeZone(user.communityId)
      : DEFAULT_TIMEZONE;
    return dayWindow(from ?? '2000-01-01', to ?? '2999-12-31', zone, false);
  }
}
