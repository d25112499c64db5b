import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, LessThan, MoreThan } from 'typeorm';
import { decodeCursor, Page, PageQuery, pageSize, toPage } from 'src/common/pagination/page';
import { AccountsService } from 'src/points/accounts.service';
import { EntryView, ExpiringPoints, PointsSummary } from 'src/points/dto/points.dto';
import { PointEntry } from 'src/points/entities/point-entry.entity';
import { PointLot } from 'src/points/entities/point-lot.entity';

export const EXPIRING_SOON_DAYS = 30;

/** Read side of the ledger: balances from the account row, statements by keyset. */
@Injectable()
export class PointsQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  /** One indexed account read plus one indexed lot read; never a sum over entries. */
  async summary(communityId: string, userId: string, now = new Date()): Promise<PointsSummary> {
    const m = this.dataSource.manager;
    const account = await this.accounts.findMember(m, communityId, userId);
    if (!account) return PointsSummary.of(null, []);
    const until = new Date(now.getTime() + EXPIRING_SOON_DAYS * 86_400_000);
    const lots = await m.find(PointLot, {
      select: { id: true, remaining: true, expiresAt: true },
      where: { accountId: account.id, expiresAt: Between(now, until), remaining: MoreThan(0) },
      order: { expiresAt: 'ASC' },
    });
    const byDate = new Map<string, number>();
    for (const lot of lots) {
      const at = lot.expiresAt!.toISOString();
      byDate.set(at, (byDate.get(at) ?? 0) + lot.remaining);
    }
    const expiring: ExpiringPoints[] = [...byDate].map(([expiresAt, points]) => ({
      points,
      expiresAt,
    }));
    return PointsSummary.of(account, expiring);
  }

  async entries(communityId: string, userId: string, query: PageQuery): Promise<Page<EntryView>> {
    const m = this.dataSource.manager;
    const limit = pageSize(query);
    const account = await this.accounts.findMember(m, communityId, userId);
    if (!account) return { items: [], nextCursor: null };
    const after = decodeCursor(query.cursor);
    const rows = await m.find(PointEntry, {
      where: { accountId: account.id, ...(after ? { id: LessThan(after) } : {}) },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (e) => EntryView.of(e));
  }
}
