import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { maskPhone } from 'src/common/privacy';
import { User } from 'src/users/entities/user.entity';
import { Clock } from 'src/common/clock/clock';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from 'src/common/errors/app-error';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { forUpdate } from 'src/database/locking';
import { toDbTime } from 'src/database/raw-time';
import { StatementBatch } from 'src/database/statement-batch';
import { TransactionService } from 'src/database/transaction.service';
import { AwardsService } from 'src/points/awards.service';
import type { Rating } from 'src/points/rules/point-rules';
import { PublicWishView, WishView } from 'src/wishes/dto/wish.dto';
import { Wish } from 'src/wishes/entities/wish.entity';
import { WishEvent } from 'src/wishes/entities/wish-event.entity';
import { isClaimer, isOwner, isWishStaff, toWishView } from 'src/wishes/wish-access';
import { WishLifecycleService } from 'src/wishes/wish-lifecycle.service';
import { DEFAULT_RATING, FEEDBACK_WINDOW_DAYS, nextStatus } from 'src/wishes/wish-state';
import { WishesService } from 'src/wishes/wishes.service';

interface Rated {
  rating: number;
  comment: string | null;
  auto: boolean;
  /** Who gave the rating: the resident's account, a tracking-code holder who is signed in,
   * or the staff member who recorded it on the resident's behalf. Null when nobody is known. */
  raterId: string | null;
  note?: string;
}

/** Steps whose note is for staff only: the tracking page shows that they happened, not what was written. */
const STAFF_NOTES = new Set(['follow_up_resolved']);

/**
 * Satisfaction feedback: closes the wish and asks AwardsService what the claimer earns (it
 * applies the rules, the caps and the conflict-of-interest rules); the wish records the points
 * and, when fewer than the rating is worth, why. A rating of 2 or less opens a follow-up.
 * Unrated wishes close with the default rating after the window.
 */
@Injectable()
export class WishFeedbackService {
  private readonly logger = new Logger('WishAutoClose');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly wishes: WishesService,
    private readonly lifecycle: WishLifecycleService,
    private readonly awards: AwardsService,
    private readonly jobs: JobRunsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  feedback(actor: AuthUser, id: string, rating: number, comment?: string): Promise<WishView> {
    return this.tx.run(async (m) => {
      // Locked as it is read: every rating of this wish queues here.
      const wish = await this.wishes.loadLocked(m, actor, id);
      if (isClaimer(actor, wish)) throw new ForbiddenError('You cannot rate help you gave');
      if (!isOwner(actor, wish))
        throw new ForbiddenError('Only the resident who asked can rate the help');
      await this.close(
        m,
        wish,
        { rating, comment: comment ?? null, auto: false, raterId: actor.id },
        { locked: true },
      );
      return toWishView(wish, actor);
    });
  }

  /**
   * A grid worker or admin records the rating a resident without a phone gave them (回访), in
   * their own name and in the audit log — never with the resident's tracking code, and never
   * for help they gave themselves.
   */
  feedbackOnBehalf(
    actor: AuthUser,
    id: string,
    dto: { rating: number; comment?: string; channel: 'phone' | 'visit' },
  ): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      if (!isWishStaff(actor))
        throw new ForbiddenError('Only grid workers and admins record ratings for residents');
      // Rating help you gave is refused by AwardsService (the rater may not be the claimer).
      const how = dto.channel === 'phone' ? 'by phone' : 'on a visit';
      await this.close(m, wish, {
        rating: dto.rating,
        comment: dto.comment ?? null,
        auto: false,
        raterId: actor.id,
        note: `recorded ${how} for the resident`,
      });
      await this.audit.record(m, actor, {
        communityId: wish.communityId,
        action: 'wish.feedback_on_behalf',
        targetType: 'wish',
        targetId: wish.id,
        before: { status: 'completed' },
        after: {
          status: wish.status,
          rating: dto.rating,
          comment: dto.comment ?? null,
          channel: dto.channel,
          claimerId: wish.claimerId,
          pointsAwarded: wish.pointsAwarded,
          awardFlag: wish.awardFlag,
        },
      });
      return toWishView(wish, actor);
    });
  }

  /** The tracking-code holder rates; a signed-in holder who gave the help is refused. */
  publicFeedback(
    code: string,
    rating: number,
    comment: string | undefined,
    caller: AuthUser | null,
  ): Promise<PublicWishView> {
    return this.tx.run(async (m) => {
      const wish = await this.byCode(m, code);
      await this.close(m, wish, {
        rating,
        comment: comment ?? null,
        auto: false,
        raterId: caller?.id ?? null,
      });
      return this.publicView(m, wish);
    });
  }

  async publicStatus(code: string): Promise<PublicWishView> {
    const m = this.dataSource.manager;
    return this.publicView(m, await this.byCode(m, code));
  }

  /**
   * Closes a completed wish with a rating and posts the claimer's points, once. The wish row
   * first (every rating of this wish queues here; `locked` when the caller read it so), then
   * the award's rows; then every write of the wish and the award together (StatementBatch).
   */
  async close(m: EntityManager, wish: Wish, r: Rated, { locked = false } = {}): Promise<void> {
    if (!locked) await this.lifecycle.lockUnchanged(m, wish);
    nextStatus(wish.status, 'feedback');
    const now = this.clock.now();
    const closedOnTime = wish.completedAt !== null && wish.completedAt <= wish.dueAt;
    const award = await this.awards.decide(m, {
      communityId: wish.communityId,
      volunteerId: wish.claimerId!,
      source: { type: 'wish', id: wish.id },
      basis: { kind: 'wish', rating: r.rating as Rating, category: wish.category },
      resident: { userId: wish.ownerId, phone: wish.contactPhone },
      involved: [
        { userId: wish.submittedBy, as: 'posted' },
        { userId: r.raterId, as: 'rated' },
      ],
      note: `${wish.title} (${r.rating}/5)`,
    });
    const batch = new StatementBatch();
    // One write of the wish: the transition and its outcome together.
    await this.lifecycle.move(
      m,
      wish,
      'feedback',
      {
        rating: r.rating,
        feedbackAuto: r.auto,
        closedAt: now,
        closedOnTime,
        followUpOpen: r.rating <= 2,
        pointsAwarded: award.points,
        awardFlag: award.flag,
      },
      batch,
    );
    batch.add({
      sql: 'INSERT INTO wish_feedback (wish_id, rating, comment, auto, created_at) VALUES (?, ?, ?, ?, ?)',
      params: [wish.id, r.rating, r.comment, r.auto, toDbTime(now)],
      unique: {
        index: 'PRIMARY',
        duplicate: () => new ConflictError('This wish has been rated already'),
      },
    });
    const note = [
      `${r.rating}/5`,
      r.auto ? ' (automatic)' : '',
      r.note ? ` (${r.note})` : '',
      r.comment ? `: ${r.comment}` : '',
    ].join('');
    await this.wishes.event(m, wish, 'rated', r.raterId, note.slice(0, 500), batch);
    if (r.rating <= 2) await this.wishes.event(m, wish, 'follow_up_opened', null, null, batch);
    await award.post(batch);
    await batch.send(m);
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
            raterId: null,
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
    const [events, helper] = await Promise.all([
      m.find(WishEvent, { where: { wishId: wish.id }, order: { id: 'ASC' } }),
      wish.claimerId
        ? m.findOne(User, {
            select: { id: true, name: true, phone: true },
            where: { id: wish.claimerId },
          })
        : null,
    ]);
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
      helper: helper ? { name: helper.name, phone: maskPhone(helper.phone) } : null,
      history: events.map((e) => ({
        type: e.type,
        at: e.createdAt.toISOString(),
        note: STAFF_NOTES.has(e.type) ? null : e.note,
      })),
    };
  }
}
