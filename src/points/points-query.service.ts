import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { decodeCursor, Page, PageQuery, pageSize, toPage } from 'src/common/pagination/page';
import { AccountsService } from 'src/points/accounts.service';
import { EntryView, PointsSummary } from 'src/points/dto/points.dto';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import { PointEntry } from 'src/points/entities/point-entry.entity';

export const EXPIRING_SOON_DAYS = 30;

interface AccountRow {
  id: string;
  balance: number;
  lifetime_earned: number;
  lifetime_spent: number;
}

interface ExpiringRow {
  expires_at: Date | string;
  points: number | string;
}

/** Read side of the ledger: balances from the account row, statements by keyset. */
@Injectable()
export class PointsQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The hot read: one unique-key account lookup and one index range over the member's lots that
   * expire within 30 days (or have lapsed unswept), grouped in SQL. Never a sum over entries.
   * Raw SQL skips entity hydration on this path.
   */
  async summary(communityId: string, userId: string): Promise<PointsSummary> {
    const now = this.clock.now();
    const [account] = await this.dataSource.query<AccountRow[]>(
      `SELECT id, balance, lifetime_earned, lifetime_spent FROM point_accounts
       WHERE community_id = ? AND owner_key = ?`,
      [communityId, userId],
    );
    if (!account) return PointsSummary.of(null, []);
    const until = new Date(now.getTime() + EXPIRING_SOON_DAYS * 86_400_000);
    const lots = (
      await this.dataSource.query<ExpiringRow[]>(
        `SELECT expires_at, SUM(remaining) AS points FROM point_lots
         WHERE account_id = ? AND expires_at <= ? AND remaining > 0
         GROUP BY expires_at ORDER BY expires_at`,
        [account.id, toDbTime(until)],
      )
    ).map((l) => ({ points: Number(l.points), expiresAt: fromDbTime(l.expires_at) }));
    // Lapsed lots the expiry run has not reached yet are no longer spendable (PointsService
    // never spends them): leave them out of the balance the member sees.
    const lapsed = lots.filter((l) => l.expiresAt <= now);
    return {
      balance: Number(account.balance) - lapsed.reduce((sum, l) => sum + l.points, 0),
      lifetimeEarned: Number(account.lifetime_earned),
      lifetimeSpent: Number(account.lifetime_spent),
      expiringSoon: lots
        .filter((l) => l.expiresAt > now)
        .map((l) => ({ points: l.points, expiresAt: l.expiresAt.toISOString() })),
    };
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
