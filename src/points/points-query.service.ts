import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { decodeCursor, Page, PageQuery, pageSize, toPage } from 'src/common/pagination/page';
import { AccountsService } from 'src/points/accounts.service';
import { EntryView, PointsSummary } from 'src/points/dto/points.dto';
import { LAPSED_AT_SQL } from 'src/points/lots';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import { PointEntry } from 'src/points/entities/point-entry.entity';

export const EXPIRING_SOON_DAYS = 30;

interface SummaryRow {
  balance: number | string;
  lifetime_earned: number | string;
  lifetime_spent: number | string;
  expires_at: Date | string | null;
  points: number | string | null;
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
   * The hot read, one statement: the account by its unique key, joined to the index range of
   * the member's lots that expire within 30 days (or have lapsed unswept), grouped in SQL.
   * Never a sum over entries. Raw SQL skips entity hydration on this path.
   */
  async summary(communityId: string, userId: string): Promise<PointsSummary> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + EXPIRING_SOON_DAYS * 86_400_000);
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT a.balance, a.lifetime_earned, a.lifetime_spent, l.expires_at, SUM(l.remaining) AS points
       FROM point_accounts a
       LEFT JOIN point_lots l ON l.account_id = a.id AND l.is_open = 1 AND l.expires_at <= ?
       WHERE a.community_id = ? AND a.owner_key = ?
       GROUP BY a.id, a.balance, a.lifetime_earned, a.lifetime_spent, l.expires_at
       ORDER BY l.expires_at`,
      [toDbTime(until), communityId, userId],
    );
    const account = rows[0];
    if (!account) return PointsSummary.of(null, []);
    const lots = rows
      .filter((l) => l.expires_at !== null)
      .map((l) => ({ points: Number(l.points), expiresAt: fromDbTime(l.expires_at!) }));
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

  /** Points of the account's lots that have lapsed and are not posted yet (never spendable). */
  async lapsedUnposted(m: EntityManager, accountId: string): Promise<number> {
    const [row] = await m.query<{ total: number | string | null }[]>(
      `SELECT COALESCE(SUM(remaining), 0) AS total FROM point_lots
       WHERE account_id = ? AND is_open = 1 AND expires_at <= ?`,
      [accountId, toDbTime(this.clock.now())],
    );
    return Number(row?.total ?? 0);
  }

  /**
   * The points the community's members hold now, by the rule each member's balance follows:
   * account balances less lots that have lapsed but the expiry run has not posted yet (they
   * are no longer spendable). The lapsed part reads the covering index on (community, expiry,
   * remaining); `lapsedInWindow` is what of it lapsed within [from, to), dated as the expiry run
   * will date its posting (`lapsedAt`), so a range's expired figure does not move when it runs.
   */
  async communityHoldings(
    communityId: string,
    window?: { from: Date; to: Date },
  ): Promise<{ outstanding: number; lapsedUnposted: number; lapsedInWindow: number }> {
    const now = this.clock.now();
    const [held, lapsed] = await Promise.all([
      this.dataSource.query<{ total: number | string | null }[]>(
        `SELECT COALESCE(SUM(balance), 0) AS total FROM point_accounts WHERE community_id = ? AND kind = 'member'`,
        [communityId],
      ),
      this.dataSource.query<{ total: number | string | null; in_window: number | string | null }[]>(
        `SELECT COALESCE(SUM(remaining), 0) AS total,
                COALESCE(SUM(CASE WHEN ${LAPSED_AT_SQL} >= ? AND ${LAPSED_AT_SQL} < ? THEN remaining ELSE 0 END), 0) AS in_window
         FROM point_lots WHERE community_id = ? AND expires_at <= ? AND remaining > 0`,
        [toDbTime(window?.from ?? now), toDbTime(window?.to ?? now), communityId, toDbTime(now)],
      ),
    ]);
    const lapsedUnposted = Number(lapsed[0]?.total ?? 0);
    return {
      outstanding: Number(held[0]?.total ?? 0) - lapsedUnposted,
      lapsedUnposted,
      lapsedInWindow: Number(lapsed[0]?.in_window ?? 0),
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
