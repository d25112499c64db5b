import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, LessThan } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { ConflictError, NotFoundError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { decodeCursor, Page, PageQuery, pageSize, toPage } from 'src/common/pagination/page';
import { assertCommunity } from 'src/common/scope';
import { CommunityView, CreateCommunityDto } from 'src/communities/dto/community.dto';
import { Community } from 'src/communities/entities/community.entity';
import { isUniqueViolation } from 'src/database/db-errors';
import { TransactionService } from 'src/database/transaction.service';

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

@Injectable()
export class CommunitiesService {
  private readonly zones = new Map<string, string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  create(actor: AuthUser | null, dto: CreateCommunityDto): Promise<Community> {
    return this.tx.run(async (m) => {
      const community = m.create(Community, {
        id: newId(),
        name: dto.name,
        code: dto.code,
        timezone: dto.timezone ?? DEFAULT_TIMEZONE,
      });
      try {
        await m.save(community);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`Community code ${dto.code} is taken`);
        throw err;
      }
      await this.audit.record(m, actor, {
        communityId: community.id,
        action: 'community.create',
        targetType: 'community',
        targetId: community.id,
        after: CommunityView.of(community) as unknown as Record<string, unknown>,
      });
      return community;
    });
  }

  async list(query: PageQuery): Promise<Page<CommunityView>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const rows = await this.dataSource.manager.find(Community, {
      where: after ? { id: LessThan(after) } : {},
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (c) => CommunityView.of(c));
  }

  /** A community the caller belongs to (or any, for the platform admin). */
  async get(user: AuthUser, id: string): Promise<Community> {
    assertCommunity(user, id);
    const community = await this.dataSource.manager.findOne(Community, { where: { id } });
    if (!community) throw new NotFoundError('Community');
    return community;
  }

  /** A community's time zone; it never changes once created, so it is remembered. */
  async timeZone(id: string): Promise<string> {
    const known = this.zones.get(id);
    if (known) return known;
    const zone = (await this.findById(id))?.timezone ?? DEFAULT_TIMEZONE;
    this.zones.set(id, zone);
    return zone;
  }

  /** The start of `now`'s month in the community's time zone (for monthly caps and totals). */
  async monthStart(id: string, now: Date): Promise<Date> {
    return DateTime.fromJSDate(now, { zone: await this.timeZone(id) })
      .startOf('month')
      .toJSDate();
  }

  findById(id: string): Promise<Community | null> {
    return this.dataSource.manager.findOne(Community, { where: { id } });
  }

  findByCode(code: string): Promise<Community | null> {
    return this.dataSource.manager.findOne(Community, {
      where: { code: code.trim().toUpperCase() },
    });
  }

  count(): Promise<number> {
    return this.dataSource.manager.count(Community);
  }
}
