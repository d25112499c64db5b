import { ConsentsService } from 'src/privacy/consents.service';
import { RecognitionService } from 'src/recognition/recognition.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TtlCache } from 'src/common/cache/ttl-cache';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import {
  ConflictError,
  InvalidStateError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { CommunitiesService } from 'src/communities/communities.service';
import { GridsService } from 'src/communities/grids.service';
import { isUniqueViolation } from 'src/database/db-errors';
import { toDbTime } from 'src/database/raw-time';
import { TransactionService } from 'src/database/transaction.service';
import { PointsQueryService } from 'src/points/points-query.service';
import {
  DashboardView,
  GridRatingsView,
  LeaderboardView,
  RatingConfigDto,
} from 'src/reports/dto/reports.dto';
import { GridRatingSnapshot } from 'src/reports/entities/grid-rating-snapshot.entity';
import { RatingConfigRow } from 'src/reports/entities/rating-config.entity';
import {
  DEFAULT_RATING_CONFIG,
  rateGrids,
  type GridMonth,
  type GridRating,
  type RatingConfig,
} from 'src/reports/grid-rating';
import { dayWindow, monthWindow, type Window } from 'src/reports/periods';

type Row = Record<string, string | number | null>;
const num = (v: unknown) => Number(v ?? 0);
const rate = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;
export const LOW_STOCK = 5;
/** Dashboards, leaderboards and live ratings may be this stale; snapshots never are. */
export const REPORT_CACHE_SECONDS = 30;

/**
 * The read side across modules: grid ratings, the dashboard and leaderboards, computed in SQL
 * with indexed date ranges (a fixed number of queries per request, whatever the data size).
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly communities: CommunitiesService,
    private readonly grids: GridsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly points: PointsQueryService,
    private readonly recognition: RecognitionService,
    private readonly consents: ConsentsService,
  ) {}

  private readonly cache = new TtlCache<unknown>(REPORT_CACHE_SECONDS * 1000);

  private cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.cache.get(key, compute) as Promise<T>;
  }

  private async timeZone(user: AuthUser, communityId: string): Promise<string> {
    return (await this.communities.get(user, communityId)).timezone;
  }

  private q(sql: string, params: unknown[]): Promise<Row[]> {
    return this.dataSource.query(sql, params);
  }

  async ratingConfig(communityId: string): Promise<RatingConfig> {
    const row = await this.dataSource.manager.findOne(RatingConfigRow, { where: { communityId } });
    return row?.config ?? DEFAULT_RATING_CONFIG;
  }

  async ratingConfigFor(user: AuthUser, communityId: string): Promise<RatingConfig> {
    await this.communities.get(user, communityId);
    return this.ratingConfig(communityId);
  }

  async setRatingConfig(
    actor: AuthUser,
    communityId: string,
    dto: RatingConfigDto,
  ): Promise<RatingConfig> {
    await this.communities.get(actor, communityId);
    const w = dto.weights;
    if (Math.abs(w.completion + w.satisfaction + w.activity - 1) > 1e-6) {
      throw ValidationFailedError.field('weights', 'weights must add up to 1');
    }
    if (dto.cutoffs.red <= dto.cutoffs.yellow)
      throw ValidationFailedError.field('cutoffs.red', 'red must be above yellow');
    const config: RatingConfig = { weights: { ...dto.weights }, cutoffs: { ...dto.cutoffs } };
    return this.tx.run(async (m) => {
      const before = await this.ratingConfig(communityId);
      await m.save(
        Object.assign(new RatingConfigRow(), { communityId, config, updatedBy: actor.id }),
      );
      await this.audit.record(m, actor, {
        communityId,
        action: 'grid_rating_config.update',
        targetType: 'community',
        targetId: communityId,
        before: before as unknown as Record<string, unknown>,
        after: config as unknown as Record<string, unknown>,
      });
      this.cache.clear();
      return config;
    });
  }

  /** The month's ratings: the frozen snapshot if there is one, otherwise computed from the data. */
  async gridRatings(user: AuthUser, communityId: string, period: string): Promise<GridRatingsView> {
    await this.communities.get(user, communityId);
    return this.cached(`ratings:${communityId}:${period}`, async () => {
      const { frozen, ratings, names } = await this.ratings(user, communityId, period);
      return this.ratingsView(period, frozen, ratings, names);
    });
  }

  private async ratings(user: AuthUser, communityId: string, period: string, zone?: string) {
    const tz = zone ?? (await this.timeZone(user, communityId));
    const grids = await this.grids.list(user, communityId);
    const names = new Map(grids.map((g) => [g.id, g.name]));
    const snapshot = await this.dataSource.manager.find(GridRatingSnapshot, {
      where: { communityId, period },
    });
    const ratings: GridRating[] = snapshot.length
      ? snapshot.map((f) => f.rating)
      : await this.compute(
          communityId,
          grids.map((g) => g.id),
          monthWindow(period, tz),
        );
    return { frozen: snapshot.length > 0, ratings, names };
  }

  private ratingsView(
    period: string,
    frozen: boolean,
    ratings: GridRating[],
    names: Map<string, string>,
  ): GridRatingsView {
    return {
      period,
      frozen,
      items: ratings
        .map((r) => ({ ...r, gridName: names.get(r.gridId) ?? '' }))
        .sort((a, b) => b.score - a.score || a.gridName.localeCompare(b.gridName)),
    };
  }

  /**
   * Freezes a month: its ratings are stored and never recomputed. Only a month that has ended in
   * the community's zone: a month still running (or not begun) has no final figures, and a
   * snapshot of it would stand for the month in place of its real work.
   */
  async freeze(actor: AuthUser, communityId: string, period: string): Promise<GridRatingsView> {
    const tz = await this.timeZone(actor, communityId);
    const ends = monthWindow(period, tz).to;
    if (this.clock.now() < ends) {
      throw new InvalidStateError(
        `${period} has not ended yet (it ends ${ends.toISOString()}); freeze it after its last day`,
      );
    }
    const { frozen, ratings, names } = await this.ratings(actor, communityId, period, tz);
    if (frozen) throw new ConflictError(`${period} is frozen already`);
    await this.tx.run(async (m) => {
      try {
        for (const rating of ratings) {
          await m.insert(GridRatingSnapshot, {
            id: newId(),
            communityId,
            period,
            gridId: rating.gridId,
            rating,
            frozenBy: actor.id,
            createdAt: this.clock.now(),
          });
        }
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`${period} is frozen already`);
        throw err;
      }
      await this.audit.record(m, actor, {
        communityId,
        action: 'grid_ratings.freeze',
        targetType: 'community',
        targetId: communityId,
        after: { period, grids: ratings.length },
      });
    });
    this.cache.clear();
    return this.ratingsView(period, true, ratings, names);
  }

  /**
   * Reopens a frozen month (a snapshot taken by mistake, or data corrected since): the snapshot
   * is removed, the month is computed from the data again, and the audit log keeps the removed
   * ratings with the reason.
   */
  async reopen(
    actor: AuthUser,
    communityId: string,
    period: string,
    reason: string,
  ): Promise<GridRatingsView> {
    await this.communities.get(actor, communityId);
    await this.tx.run(async (m) => {
      const rows = await m.find(GridRatingSnapshot, { where: { communityId, period } });
      if (rows.length === 0) throw new InvalidStateError(`${period} is not frozen`);
      const removed = await m.delete(GridRatingSnapshot, { communityId, period });
      // Two reopenings at once: only the one that removed the rows goes on.
      if ((removed.affected ?? rows.length) !== rows.length)
        throw new ConflictError(`${period} was reopened already`);
      await this.audit.record(m, actor, {
        communityId,
        action: 'grid_ratings.reopen',
        targetType: 'community',
        targetId: communityId,
        before: {
          period,
          frozenBy: rows[0].frozenBy,
          ratings: rows.map((r) => ({
            gridId: r.gridId,
            score: r.rating.score,
            colour: r.rating.colour,
          })),
        },
        after: { period, reason },
      });
    });
    this.cache.clear();
    return this.gridRatings(actor, communityId, period);
  }

  private async compute(communityId: string, gridIds: string[], w: Window) {
    const from = toDbTime(w.from);
    const to = toDbTime(w.to);
    const [due, rated, completed, served, members, config] = await Promise.all([
      this.q(
        `SELECT grid_id, COUNT(*) AS n,
                SUM(CASE WHEN completed_at IS NOT NULL AND completed_at <= due_at THEN 1 ELSE 0 END) AS on_time
         FROM wishes WHERE community_id = ? AND due_at >= ? AND due_at < ? AND status NOT IN ('cancelled', 'rejected')
         GROUP BY grid_id`,
        [communityId, from, to],
      ),
      this.q(
        `SELECT grid_id, SUM(rating) AS total, COUNT(*) AS n FROM wishes
         WHERE community_id = ? AND status = 'closed' AND closed_at >= ? AND closed_at < ? GROUP BY grid_id`,
        [communityId, from, to],
      ),
      this.q(
        `SELECT grid_id, COUNT(*) AS n FROM wishes
         WHERE community_id = ? AND completed_at >= ? AND completed_at < ? GROUP BY grid_id`,
        [communityId, from, to],
      ),
      this.q(
        `SELECT COALESCE(s.grid_id, u.grid_id) AS grid_id, SUM(s.minutes) AS minutes
         FROM service_minutes s JOIN users u ON u.id = s.volunteer_id
         WHERE s.community_id = ? AND s.day >= ? AND s.day <= ?
         GROUP BY COALESCE(s.grid_id, u.grid_id)`,
        [communityId, w.fromDay, w.toDay],
      ),
      this.q(
        `SELECT grid_id, COUNT(*) AS n FROM users WHERE community_id = ? AND grid_id IS NOT NULL GROUP BY grid_id`,
        [communityId],
      ),
      this.ratingConfig(communityId),
    ]);
    const by = (rows: Row[], key: string) =>
      new Map(rows.map((r) => [String(r.grid_id), num(r[key])]));
    const [dueN, onTime, ratedSum, ratedN, doneN, servedMin, memberN] = [
      by(due, 'n'),
      by(due, 'on_time'),
      by(rated, 'total'),
      by(rated, 'n'),
      by(completed, 'n'),
      by(served, 'minutes'),
      by(members, 'n'),
    ];
    const months: GridMonth[] = gridIds.map((id) => ({
      gridId: id,
      wishesDue: dueN.get(id) ?? 0,
      closedOnTime: onTime.get(id) ?? 0,
      ratingsSum: ratedSum.get(id) ?? 0,
      ratingsCount: ratedN.get(id) ?? 0,
      serviceMinutes: servedMin.get(id) ?? 0,
      completedWishes: doneN.get(id) ?? 0,
      members: memberN.get(id) ?? 0,
    }));
    return rateGrids(months, config);
  }

  async dashboard(
    user: AuthUser,
    communityId: string,
    fromDay: string,
    toDay: string,
  ): Promise<DashboardView> {
    const tz = await this.timeZone(user, communityId);
    return this.cached(`dashboard:${communityId}:${fromDay}:${toDay}`, () =>
      this.computeDashboard(communityId, tz, fromDay, toDay),
    );
  }

  private async computeDashboard(
    communityId: string,
    tz: string,
    fromDay: string,
    toDay: string,
  ): Promise<DashboardView> {
    const w = dayWindow(fromDay, toDay, tz);
    const [from, to] = [toDbTime(w.from), toDbTime(w.to)];
    const c = communityId;
    const [received, closed, followUps, volunteers, minutes, points, holdings, lowStock] =
      await Promise.all([
        this.q(
          `SELECT COUNT(*) AS n FROM wishes WHERE community_id = ? AND created_at >= ? AND created_at < ?`,
          [c, from, to],
        ),
        this.q(
          `SELECT COUNT(*) AS n, SUM(CASE WHEN closed_on_time THEN 1 ELSE 0 END) AS on_time, AVG(rating) AS rating
         FROM wishes WHERE community_id = ? AND status = 'closed' AND closed_at >= ? AND closed_at < ?`,
          [c, from, to],
        ),
        this.q(`SELECT COUNT(*) AS n FROM wishes WHERE community_id = ? AND follow_up_open = ?`, [
          c,
          true,
        ]),
        this.q(
          `SELECT COUNT(DISTINCT v) AS n FROM (
           SELECT claimer_id AS v FROM wishes WHERE community_id = ? AND completed_at >= ? AND completed_at < ? AND claimer_id IS NOT NULL
           UNION SELECT volunteer_id FROM service_minutes WHERE community_id = ? AND day >= ? AND day <= ?
         ) active`,
          [c, from, to, c, w.fromDay, w.toDay],
        ),
        this.q(
          `SELECT COALESCE(SUM(minutes), 0) AS minutes FROM service_minutes WHERE community_id = ? AND day >= ? AND day <= ?`,
          [c, w.fromDay, w.toDay],
        ),
        this.q(
          `SELECT kind, SUM(amount) AS total FROM point_transfers WHERE community_id = ? AND created_at >= ? AND created_at < ? GROUP BY kind`,
          [c, from, to],
        ),
        this.points.communityHoldings(c, w),
        this.q(
          `SELECT id, name, stock FROM store_items WHERE community_id = ? AND kind = 'goods' AND active = ? AND stock <= ? ORDER BY stock, name`,
          [c, true, LOW_STOCK],
        ),
      ]);
    const byKind = new Map(points.map((r) => [String(r.kind), num(r.total)]));
    const k = (name: string) => byKind.get(name) ?? 0;
    const nReceived = num(received[0]?.n);
    const nClosed = num(closed[0]?.n);
    return {
      from: fromDay,
      to: toDay,
      wishesReceived: nReceived,
      wishesClosed: nClosed,
      closureRate: rate(nClosed, nReceived),
      onTimeRate: rate(num(closed[0]?.on_time), nClosed),
      meanSatisfaction:
        closed[0]?.rating === null || closed[0]?.rating === undefined
          ? null
          : Math.round(num(closed[0].rating) * 100) / 100,
      followUpsOpen: num(followUps[0]?.n),
      activeVolunteers: num(volunteers[0]?.n),
      serviceHours: Math.round((num(minutes[0]?.minutes) / 60) * 100) / 100,
      pointsIssued: k('earn_wish') + k('earn_service'),
      pointsSpent: k('redeem') - k('refund'),
      // Lapsed lots count as expired (and not outstanding) from their expiry instant, as they
      // leave each member's balance then, not when the hourly run posts them.
      pointsExpired: k('expire') + holdings.lapsedInWindow,
      pointsOutstanding: holdings.outstanding,
      lowStock: lowStock.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        stock: num(r.stock),
      })),
    };
  }

  /** Earned points or approved hours in a month; ties share a rank and are listed by user id. */
  async leaderboard(
    user: AuthUser,
    communityId: string,
    metric: 'points' | 'hours',
    period: string,
    limit = 20,
  ): Promise<LeaderboardView> {
    const tz = await this.timeZone(user, communityId);
    return this.cached(`leaderboard:${communityId}:${metric}:${period}:${limit}`, () =>
      this.computeLeaderboard(communityId, tz, metric, period, limit),
    );
  }

  private async computeLeaderboard(
    communityId: string,
    tz: string,
    metric: 'points' | 'hours',
    period: string,
    limit: number,
  ): Promise<LeaderboardView> {
    const w = monthWindow(period, tz);
    const [from, to] = [toDbTime(w.from), toDbTime(w.to)];
    const rows =
      metric === 'points'
        ? await this.q(
            `SELECT a.user_id AS user_id, u.name AS name, SUM(t.amount) AS value
             FROM point_transfers t JOIN point_accounts a ON a.id = t.to_account_id JOIN users u ON u.id = a.user_id
             WHERE t.community_id = ? AND t.kind IN ('earn_wish', 'earn_service') AND t.created_at >= ? AND t.created_at < ?
             GROUP BY a.user_id, u.name ORDER BY value DESC, user_id ASC LIMIT ${limit}`,
            [communityId, from, to],
          )
        : await this.q(
            `SELECT s.volunteer_id AS user_id, u.name AS name, SUM(s.minutes) AS value
             FROM service_minutes s JOIN users u ON u.id = s.volunteer_id
             WHERE s.community_id = ? AND s.day >= ? AND s.day <= ?
             GROUP BY s.volunteer_id, u.name ORDER BY value DESC, user_id ASC LIMIT ${limit}`,
            [communityId, w.fromDay, w.toDay],
          );
    const [recognition, names] = await Promise.all([
      this.recognition.of(
        communityId,
        rows.map((r) => String(r.user_id)),
      ),
      // A leaderboard is put on walls and in group chats: full names only of those who agreed.
      this.consents.publicNames(rows.map((r) => ({ id: String(r.user_id), name: String(r.name) }))),
    ]);
    let rank = 0;
    let previous: number | undefined;
    const items = rows.map((r, i) => {
      const raw = num(r.value);
      const value = metric === 'hours' ? Math.round((raw / 60) * 100) / 100 : raw;
      if (value !== previous) rank = i + 1;
      previous = value;
      const seen = recognition.get(String(r.user_id));
      return {
        rank,
        userId: String(r.user_id),
        name: names.get(String(r.user_id)) ?? '',
        value,
        stars: seen?.stars ?? 0,
        badge: seen?.badge?.name ?? null,
      };
    });
    return { metric, period, items };
  }
}
