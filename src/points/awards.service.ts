import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import { normalizePhone } from 'src/common/phone';
import { CommunitiesService } from 'src/communities/communities.service';
import { forUpdate, insertOrIgnore, lockingClause } from 'src/database/locking';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import { StatementBatch } from 'src/database/statement-batch';
import { AccountsService } from 'src/points/accounts.service';
import {
  assertNoConflict,
  ConflictOfInterestError,
  decideAward,
  requestedPoints,
  type AwardBasis,
  type AwardFlag,
  type Involved,
} from 'src/points/award-rules';
import type { PointAccount } from 'src/points/entities/point-account.entity';
import { PointBudgetMonth } from 'src/points/entities/point-budget-month.entity';
import { PointPairMonth } from 'src/points/entities/point-pair-month.entity';
import type { PointTransfer } from 'src/points/entities/point-transfer.entity';
import { PointRulesService } from 'src/points/point-rules.service';
import { PointsService } from 'src/points/points.service';

/** What a wish, an attendance or a service record asks to be rewarded. */
export interface EarnRequest {
  communityId: string;
  /** Who would earn: the claimer of the wish, the volunteer who served. */
  volunteerId: string;
  source: { type: 'wish' | 'attendance' | 'service_record' | 'correction'; id: string };
  basis: AwardBasis;
  /** For a wish: the resident helped, by account when their phone belongs to a member. */
  resident?: { userId: string | null; phone: string };
  /** Everyone who had a hand in the source; none of them may be the one who earns. */
  involved: Involved[];
  note: string;
}

export interface AwardDecision {
  points: number;
  flag: AwardFlag | null;
}

/**
 * A decided award not posted yet: `post()` writes it (nothing when it is 0 points), into the
 * caller's batch when given.
 */
export interface PendingAward extends AwardDecision {
  post: (batch?: StatementBatch) => Promise<void>;
}

const NOTHING_TO_POST = () => Promise.resolve();

interface VolunteerRow {
  volunteer_status: string | null;
  volunteer_phone: string;
  id: string | null;
  kind: string | null;
  balance: number | string | null;
  lifetime_earned: number | string | null;
  lifetime_spent: number | string | null;
  period: string | null;
  period_earned: number | string | null;
  created_at: Date | string | null;
  updated_at: Date | string | null;
}

/**
 * The pair cap's identity of a resident: their phone, however the wish came (the app, the QR
 * form, a grid worker's proxy post). Every channel knows it, an account's wishes carry the
 * account's phone, and it does not change when the resident registers or is imported — so the
 * month does not start again then (keyed by account once there was one, it did).
 */
export const residentKey = (r: { phone: string }): string => `phone:${normalizePhone(r.phone)}`;

const monthTotal = (account: PointAccount, period: string): number =>
  account.period === period ? account.periodEarned : 0;

/**
 * The one place that decides what anyone earns. Reads the rules once, refuses conflicts of
 * interest, then applies every cap against totals read from rows it has locked — the
 * volunteer's account (their month's earnings), the resident–volunteer pair's month row and,
 * when a budget is set, the community's budget row for the month — so identical requests
 * arriving together are decided one after the other, each seeing the ones before. Lock order:
 * (the caller's source row) → volunteer's user row, profile and account (one statement) →
 * pair row → budget row.
 */
@Injectable()
export class AwardsService {
  constructor(
    private readonly points: PointsService,
    private readonly accounts: AccountsService,
    private readonly rules: PointRulesService,
    private readonly communities: CommunitiesService,
    private readonly clock: Clock,
  ) {}

  /** Decides and posts an award in the caller's transaction. */
  async earn(m: EntityManager, req: EarnRequest): Promise<AwardDecision> {
    const { post, ...decision } = await this.decide(m, req);
    await post();
    return decision;
  }

  /**
   * Decides an award (the caps read from locked rows) and hands it back unposted, so the caller
   * can write its own rows first and post last (the rows it locked were all locked here).
   */
  async decide(m: EntityManager, req: EarnRequest): Promise<PendingAward> {
    assertNoConflict(req.volunteerId, req.involved);
    // The volunteer's rows first, by one statement: their user row and profile (their awards
    // queue here, so the rows below — an account created on first use, the pair's month — are
    // never met by two insert-or-ignores at once) and their account (the monthly cap).
    const volunteer = await this.lockVolunteer(m, req.communityId, req.volunteerId);
    const [{ version, rules }, timeZone] = await Promise.all([
      this.rules.current(req.communityId, m),
      this.communities.timeZone(req.communityId),
    ]);
    if (req.resident) {
      // The resident is one identity across channels: by account, or by the phone they gave.
      const asked =
        req.resident.userId === req.volunteerId ||
        normalizePhone(req.resident.phone) === normalizePhone(volunteer.phone);
      if (asked) throw new ConflictOfInterestError('asked');
    }
    const requested = requestedPoints(rules, req.basis);
    if (requested <= 0) return { points: 0, flag: null, post: NOTHING_TO_POST };
    if (volunteer.status !== 'approved')
      return { points: 0, flag: 'not_approved', post: NOTHING_TO_POST };

    const now = this.clock.now();
    const period = DateTime.fromJSDate(now, { zone: timeZone }).toFormat('yyyy-MM');
    const member =
      volunteer.account ??
      (await this.accounts.lockMember(m, req.communityId, req.volunteerId, { fresh: true }));
    const pair = req.resident
      ? await this.lockPair(m, req.communityId, residentKey(req.resident), req.volunteerId, period)
      : null;
    // A budget caps every award of the community: only then do they meet on one row, last.
    const budget =
      rules.monthlyIssuanceBudget === null
        ? null
        : await this.lockBudget(m, req.communityId, period, version, timeZone);
    const decision = decideAward(rules, requested, {
      pairAwards: pair?.awards ?? null,
      volunteerEarned: monthTotal(member, period),
      communityIssued: budget?.issued ?? null,
    });
    if (decision.points <= 0) return { ...decision, post: NOTHING_TO_POST };
    const post = (batch?: StatementBatch) =>
      StatementBatch.within(m, batch, async (b) => {
        const at = toDbTime(now);
        if (budget) {
          b.add({
            sql: 'UPDATE point_budget_months SET issued = issued + ?, updated_at = ? WHERE id = ?',
            params: [decision.points, at, budget.id],
          });
        }
        if (pair) {
          b.add({
            sql: 'UPDATE point_pair_months SET awards = awards + 1, updated_at = ? WHERE id = ?',
            params: [at, pair.id],
          });
        }
        await this.points.award(
          m,
          {
            communityId: req.communityId,
            userId: req.volunteerId,
            amount: decision.points,
            kind: req.basis.kind === 'wish' ? 'earn_wish' : 'earn_service',
            sourceType: req.source.type,
            sourceId: req.source.id,
            actorId: null,
            note: req.note.slice(0, 200),
            terms: { ruleVersion: version, expiry: rules.expiry, timeZone, period },
          },
          b,
        );
      });
    return { ...decision, post };
  }

  /**
   * The volunteer's profile, phone and points account, locked by one statement (profile, user,
   * account, in that order); the account is created first if they have none yet.
   */
  private async lockVolunteer(
    m: EntityManager,
    communityId: string,
    volunteerId: string,
  ): Promise<{ status: string | null; phone: string; account: PointAccount | null }> {
    const [row] = await m.query<VolunteerRow[]>(
      `SELECT p.status AS volunteer_status, u.phone AS volunteer_phone, a.id, a.kind, a.balance,
         a.lifetime_earned, a.lifetime_spent, a.period, a.period_earned, a.created_at, a.updated_at
       FROM users u
       LEFT JOIN volunteer_profiles p ON p.user_id = u.id
       LEFT JOIN point_accounts a ON a.community_id = ? AND a.owner_key = u.id
       WHERE u.id = ?${lockingClause(m)}`,
      [communityId, volunteerId],
    );
    if (!row) throw new Error(`User ${volunteerId} not found`);
    const account =
      row.id === null
        ? null
        : this.accounts.adopt(m, {
            id: row.id,
            communityId,
            kind: 'member',
            ownerKey: volunteerId,
            userId: volunteerId,
            balance: Number(row.balance),
            lifetimeEarned: Number(row.lifetime_earned),
            lifetimeSpent: Number(row.lifetime_spent),
            period: row.period,
            periodEarned: Number(row.period_earned),
            createdAt: fromDbTime(row.created_at!),
            updatedAt: fromDbTime(row.updated_at!),
          });
    return { status: row.volunteer_status, phone: row.volunteer_phone, account };
  }

  /** A staff correction of a member's balance; nobody adjusts their own. */
  async adjust(
    m: EntityManager,
    a: { communityId: string; userId: string; delta: number; actorId: string; note: string },
  ): Promise<PointTransfer> {
    assertNoConflict(a.userId, [{ userId: a.actorId, as: 'adjusted' }]);
    return this.points.adjust(m, {
      ...a,
      sourceType: 'adjustment',
      sourceId: newId(),
      terms: await this.points.terms(a.communityId, m),
    });
  }

  /**
   * The community's budget row for the month under this rules version, locked, as last
   * committed. A new row starts from the awards already posted this month (a budget set or
   * changed mid-month counts them): every award under this version then goes through the row,
   * so the count stays whole. Two first awards may both count; the insert keeps one row.
   */
  private async lockBudget(
    m: EntityManager,
    communityId: string,
    period: string,
    ruleVersion: number,
    timeZone: string,
  ): Promise<PointBudgetMonth> {
    const find = () =>
      forUpdate(
        m,
        m
          .createQueryBuilder(PointBudgetMonth, 'b')
          .where('b.community_id = :communityId AND b.period = :period AND b.rule_version = :v', {
            communityId,
            period,
            v: ruleVersion,
          }),
      ).getOne();
    const found = await find();
    if (found) return found;
    const start = DateTime.fromFormat(period, 'yyyy-MM', { zone: timeZone });
    const [posted] = await m.query<{ total: number | string | null }[]>(
      `SELECT COALESCE(SUM(amount), 0) AS total FROM point_transfers
       WHERE community_id = ? AND kind IN ('earn_wish', 'earn_service')
         AND created_at >= ? AND created_at < ?`,
      [communityId, toDbTime(start.toJSDate()), toDbTime(start.plus({ months: 1 }).toJSDate())],
    );
    const now = this.clock.now();
    await insertOrIgnore(m, PointBudgetMonth, {
      id: newId(),
      communityId,
      period,
      ruleVersion,
      issued: Number(posted?.total ?? 0),
      createdAt: now,
      updatedAt: now,
    });
    return (await find())!;
  }

  /** The pair's row for the month, created if needed, locked, as last committed. */
  private async lockPair(
    m: EntityManager,
    communityId: string,
    residentKey: string,
    volunteerId: string,
    period: string,
  ): Promise<PointPairMonth> {
    const now = this.clock.now();
    await insertOrIgnore(m, PointPairMonth, {
      id: newId(),
      communityId,
      residentKey,
      volunteerId,
      period,
      awards: 0,
      createdAt: now,
      updatedAt: now,
    });
    return forUpdate(
      m,
      m
        .createQueryBuilder(PointPairMonth, 'p')
        .where(
          'p.community_id = :communityId AND p.resident_key = :residentKey AND p.volunteer_id = :volunteerId AND p.period = :period',
          { communityId, residentKey, volunteerId, period },
        ),
    ).getOneOrFail();
  }
}
