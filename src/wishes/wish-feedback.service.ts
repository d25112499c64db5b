import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from 'src/common/errors/app-error';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { CommunitiesService } from 'src/communities/communities.service';
import { isUniqueViolation } from 'src/database/db-errors';
import { forUpdate } from 'src/database/locking';
import { toDbTime } from 'src/database/raw-time';
import { TransactionService } from 'src/database/transaction.service';
import { PointRulesService } from 'src/points/point-rules.service';
import { PointsService } from 'src/points/points.service';
import { wishAward, type Rating } from 'src/points/rules/point-rules';
import { PublicWishView, WishView } from 'src/wishes/dto/wish.dto';
import { AwardFlag, Wish } from 'src/wishes/entities/wish.entity';
import { WishEvent } from 'src/wishes/entities/wish-event.entity';
import { WishFeedback } from 'src/wishes/entities/wish-feedback.entity';
import { isClaimer, isOwner, toWishView } from 'src/wishes/wish-access';
import { WishLifecycleService } from 'src/wishes/wish-lifecycle.service';
import { DEFAULT_RATING, FEEDBACK_WINDOW_DAYS } from 'src/wishes/wish-state';
import { WishesService } from 'src/wishes/wishes.service';

interface Rated {
  rating: number;
  comment: string | null;
  auto: boolean;
  actorId: string | null;
}

/**
 * Satisfaction feedback: closes the wish and awards the claimer points by the community's rule
 * (rating map × category multiplier), within the pair cap, the volunteer's monthly cap and the
 * community budget; over a cap the wish is closed with 0 points and flagged. A rating of 2 or
 * less opens a follow-up. Unrated wishes close with the default rating after the window.
 */
@Injectable()
export class WishFeedbackService {
  private readonly logger = new Logger('WishAutoClose');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly wishes: WishesService,
    private readonly lifecycle: WishLifecycleService,
    private readonly points: PointsService,
    private readonly rules: PointRulesService,
    private readonly communities: CommunitiesService,
    private readonly jobs: JobRunsService,
  ) {}

  feedback(actor: AuthUser, id: string, rating: number, comment?: string): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      if (isClaimer(actor, wish)) throw new ForbiddenError('You cannot rate help you gave');
      if (!isOwner(actor, wish))
        throw new ForbiddenError('Only the resident who asked can rate the help');
      await this.close(m, wish, {
        rating,
        comment: comment ?? null,
        auto: false,
        actorId: actor.id,
      });
      return toWishView(wish, actor);
    });
  }

  publicFeedback(code: string, rating: number, comment?: string): Promise<PublicWishView> {
    return this.tx.run(async (m) => {
      const wish = await this.byCode(m, code);
      await this.close(m, wish, { rating, comment: comment ?? null, auto: false, actorId: null });
      return this.publicView(m, wish);
    });
  }

  async publicStatus(code: string): Promise<PublicWishView> {
    const m = this.dataSource.manager;
    return this.publicView(m, await this.byCode(m, code));
  }

  /** Closes a completed wish with a rating and posts the claimer's points, once. */
  async close(m: EntityManager, wish: Wish, r: Rated): Promise<void> {
    const now = new Date();
    const closedOnTime = wish.completedAt !== null && wish.completedAt <= wish.dueAt;
    await this.lifecycle.move(m, wish, 'feedback', {
      rating: r.rating,
      feedbackAuto: r.auto,
      closedAt: now,
      closedOnTime,
      followUpOpen: r.rating <= 2,
    });
    try {
      await m.insert(WishFeedback, {
        wishId: wish.id,
        rating: r.rating,
        comment: r.comment,
        auto: r.auto,
        createdAt: now,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('This wish has been rated already');
      throw err;
    }
    const { points, flag } = await this.award(m, wish, r.rating as Rating, now);
    await m.update(Wish, { id: wish.id }, { pointsAwarded: points, awardFlag: flag });
    Object.assign(wish, { pointsAwarded: points, awardFlag: flag });
    const note = `${r.rating}/5${r.auto ? ' (automatic)' : ''}${r.comment ? `: ${r.comment}` : ''}`;
    await this.wishes.event(m, wish.id, 'rated', r.actorId, note.slice(0, 500));
    if (r.rating <= 2) await this.wishes.event(m, wish.id, 'follow_up_opened', null);
  }

  private async award(
    m: EntityManager,
    wish: Wish,
    rating: Rating,
    now: Date,
  ): Promise<{ points: number; flag: AwardFlag | null }> {
    const claimerId = wish.claimerId!;
    const [{ rules }, monthStart] = await Promise.all([
      this.rules.current(wish.communityId, m),
      this.communities.monthStart(wish.communityId, now),
    ]);
    const amount = wishAward(rules, rating, wish.category);
    if (amount <= 0) return { points: 0, flag: null };
    await this.points.lockMember(m, wish.communityId, claimerId);
    const [row] = await m.query<{ n: number | string }[]>(
      `SELECT COUNT(*) AS n FROM wishes
       WHERE claimer_id = ? AND status = 'closed' AND closed_at >= ? AND id <> ? AND points_awarded > 0
         AND ${wish.ownerId ? 'owner_id = ?' : 'owner_id IS NULL AND contact_phone = ?'}`,
      [claimerId, toDbTime(monthStart), wish.id, wish.ownerId ?? wish.contactPhone],
    );
    if (Number(row.n) >= rules.pairMonthlyCap) return { points: 0, flag: 'pair_cap' };
    const { transfer, capped } = await this.points.awardWithinCaps(
      m,
      {
        communityId: wish.communityId,
        userId: claimerId,
        amount,
        kind: 'earn_wish',
        sourceType: 'wish',
        sourceId: wish.id,
        actorId: null,
        note: `${wish.title} (${rating}/5)`.slice(0, 200),
      },
      rules,
      monthStart,
    );
    return transfer ? { points: transfer.amount, flag: null } : { points: 0, flag: capped };
  }

  /** Hourly: wishes completed more than the feedback window ago close with the default rating. */
  @Cron('15 * * * *', { name: 'wish-auto-close' })
  async hourly(): Promise<void> {
    await this.jobs.hourly('wish-auto-close', this.logger, (now) => this.autoClose(now));
  }

  async autoClose(now: Date): Promise<{ closed: number; summary: string }> {
    const cutoff = new Date(now.getTime() - FEEDBACK_WINDOW_DAYS * 86_400_000);
    const due = await this.dataSource.manager.find(Wish, {
      select: { id: true },
      where: { status: 'completed', completedAt: LessThanOrEqual(cutoff) },
      order: { completedAt: 'ASC' },
      take: 1000,
    });
    let closed = 0;
    for (const { id } of due) {
      const done = await this.tx
        .run(async (m) => {
          const wish = await forUpdate(
            m,
            m.createQueryBuilder(Wish, 'w').where('w.id = :id', { id }),
          ).getOne();
          if (wish?.status !== 'completed') return false;
          await this.close(m, wish, {
            rating: DEFAULT_RATING,
            comment: null,
            auto: true,
            actorId: null,
          });
          return true;
        })
        .catch((err: unknown) => {
          // Another instance closed it first.
          if (err instanceof AppError && err.statusCode === 409) return false;
          throw err;
        });
      if (done) closed++;
    }
    return { closed, summary: `closed ${closed} unrated wishes with rating ${DEFAULT_RATING}` };
  }

  private async byCode(m: EntityManager, code: string): Promise<Wish> {
    const wish = await m.findOne(Wish, { where: { trackingCode: code } });
    if (!wish) throw new NotFoundError('Wish');
    return wish;
  }

  private async publicView(m: EntityManager, wish: Wish): Promise<PublicWishView> {
    const events = await m.find(WishEvent, { where: { wishId: wish.id }, order: { id: 'ASC' } });
    return {
      id: wish.id,
      status: wish.status,
      title: wish.title,
      category: wish.category,
      urgency: wish.urgency,
      dueAt: wish.dueAt.toISOString(),
      createdAt: wish.createdAt.toISOString(),
      rating: wish.rating,
      canRate: wish.status === 'completed',
      history: events.map((e) => ({ type: e.type, at: e.createdAt.toISOString(), note: e.note })),
    };
  }
}
