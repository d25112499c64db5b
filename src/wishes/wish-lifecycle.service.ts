import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { normalizePhone } from 'src/common/phone';
import { isUniqueViolation } from 'src/database/db-errors';
import { StatementBatch } from 'src/database/statement-batch';
import { affected, forUpdate } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import type { User } from 'src/users/entities/user.entity';
import { UsersService } from 'src/users/users.service';
import { WishView } from 'src/wishes/dto/wish.dto';
import { Wish } from 'src/wishes/entities/wish.entity';
import { WishClaim } from 'src/wishes/entities/wish-claim.entity';
import { isClaimer, isOwner, isWishStaff, toWishView } from 'src/wishes/wish-access';
import { nextStatus, type WishAction } from 'src/wishes/wish-state';
import { WishesService } from 'src/wishes/wishes.service';

/**
 * Why this person may not take this wish on: it is their own (by account, or by the phone it
 * gives, whatever channel it came by), or they posted it. Null when they may.
 */
export function whyNotHelper(
  wish: Pick<Wish, 'ownerId' | 'submittedBy' | 'contactPhone'>,
  helper: Pick<User, 'id' | 'phone'>,
): string | null {
  if (wish.ownerId === helper.id) return 'Nobody takes on their own wish';
  if (normalizePhone(wish.contactPhone) === normalizePhone(helper.phone))
    return 'Nobody takes on their own wish: it gives their phone number';
  if (wish.submittedBy === helper.id) return 'Nobody takes on a wish they posted';
  return null;
}

/**
 * Every transition: checks the actor, asks the state machine, then moves the wish with a
 * conditional update (`WHERE status = <the status we saw>`), so of two racing transitions only one
 * takes effect. The one active claim per wish is also a unique row in wish_claims.
 */
@Injectable()
export class WishLifecycleService {
  constructor(
    private readonly tx: TransactionService,
    private readonly wishes: WishesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  approve(actor: AuthUser, id: string): Promise<WishView> {
    return this.staffAction(actor, id, 'approve', () => ({ approvedAt: this.clock.now() }));
  }

  reject(actor: AuthUser, id: string, reason: string): Promise<WishView> {
    return this.staffAction(actor, id, 'reject', () => ({ reason }), reason);
  }

  /**
   * Staff close the follow-up a low rating opened, saying what they found and did. Only an open
   * follow-up can be resolved, once (a conditional update: two workers at once resolve it once).
   */
  resolveFollowUp(actor: AuthUser, id: string, note: string): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      this.assertStaff(actor);
      const res = await m.update(
        Wish,
        { id: wish.id, followUpOpen: true },
        { followUpOpen: false },
      );
      if (affected(res) !== 1) throw new InvalidStateError('This wish has no open follow-up');
      wish.followUpOpen = false;
      await this.wishes.event(m, wish, 'follow_up_resolved', actor.id, note);
      await this.audit.record(m, actor, {
        communityId: wish.communityId,
        action: 'wish.follow_up_resolve',
        targetType: 'wish',
        targetId: wish.id,
        before: { followUpOpen: true },
        after: { followUpOpen: false, note },
      });
      return toWishView(wish, actor);
    });
  }

  claim(actor: AuthUser, id: string): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      const conflict = whyNotHelper(wish, await this.users.getById(actor.id, m));
      if (conflict) throw new ForbiddenError(conflict);
      await this.assertApprovedVolunteer(m, actor.id, 'You');
      nextStatus(wish.status, 'claim');
      await this.openClaim(m, wish, actor.id, null);
      const moved = await this.move(m, wish, 'claim', {
        claimerId: actor.id,
        claimedAt: this.clock.now(),
      });
      await this.wishes.event(m, wish, 'claimed', actor.id);
      return toWishView(moved, actor);
    });
  }

  assign(actor: AuthUser, id: string, volunteerId: string): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      this.assertStaff(actor);
      const volunteer = await this.users.findById(volunteerId, m);
      if (!volunteer || volunteer.communityId !== wish.communityId) {
        throw ValidationFailedError.field(
          'volunteerId',
          'volunteerId is not a volunteer of this community',
        );
      }
      const conflict = whyNotHelper(wish, volunteer);
      if (conflict) throw ValidationFailedError.field('volunteerId', conflict);
      await this.assertApprovedVolunteer(m, volunteer.id, 'The volunteer');
      const before = wish.status;
      nextStatus(before, 'assign');
      await this.openClaim(m, wish, volunteer.id, actor.id);
      const moved = await this.move(m, wish, 'assign', {
        claimerId: volunteer.id,
        claimedAt: this.clock.now(),
      });
      await this.wishes.event(m, wish, 'assigned', actor.id);
      await this.auditChange(m, actor, wish, 'wish.assign', { claimerId: volunteer.id }, before);
      return toWishView(moved, actor);
    });
  }

  release(actor: AuthUser, id: string): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      if (!isClaimer(actor, wish))
        throw new ForbiddenError('Only the volunteer who claimed the wish can release it');
      nextStatus(wish.status, 'release');
      await this.closeClaim(m, wish.id);
      const moved = await this.move(m, wish, 'release', { claimerId: null, claimedAt: null });
      await this.wishes.event(m, wish, 'released', actor.id);
      return toWishView(moved, actor);
    });
  }

  complete(actor: AuthUser, id: string, note: string): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      if (!isClaimer(actor, wish))
        throw new ForbiddenError('Only the volunteer who claimed the wish can complete it');
      const moved = await this.move(m, wish, 'complete', {
        completedAt: this.clock.now(),
        completionNote: note,
      });
      await this.wishes.event(m, wish, 'completed', actor.id, note);
      return toWishView(moved, actor);
    });
  }

  cancel(actor: AuthUser, id: string, reason: string | undefined): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      const staff = isWishStaff(actor);
      if (!staff && !isOwner(actor, wish))
        throw new ForbiddenError('Only the owner or staff can cancel a wish');
      const before = wish.status;
      nextStatus(before, 'cancel');
      if (before === 'claimed') await this.closeClaim(m, wish.id);
      const moved = await this.move(m, wish, 'cancel', {
        cancelledAt: this.clock.now(),
        reason: reason ?? null,
      });
      await this.wishes.event(m, wish, 'cancelled', actor.id, reason ?? null);
      if (staff)
        await this.auditChange(m, actor, wish, 'wish.cancel', { reason: reason ?? null }, before);
      return toWishView(moved, actor);
    });
  }

  /** Locks the wish's row for the transaction; refuses if it moved since it was read. */
  async lockUnchanged(m: EntityManager, wish: Wish): Promise<void> {
    const row = await forUpdate(
      m,
      m
        .createQueryBuilder(Wish, 'w')
        .select(['w.id', 'w.status'])
        .where('w.id = :id', { id: wish.id }),
    ).getOne();
    if (row?.status !== wish.status)
      throw new InvalidStateError('The wish changed meanwhile; reload it');
  }

  /**
   * Moves the wish if it still has the status we read; returns it as saved. In `batch` when
   * given: the check then comes when the batch is sent.
   */
  async move(
    m: EntityManager,
    wish: Wish,
    action: WishAction,
    set: Partial<Wish>,
    batch?: StatementBatch,
  ): Promise<Wish> {
    const to = nextStatus(wish.status, action);
    const now = this.clock.now();
    const update = m
      .createQueryBuilder()
      .update(Wish)
      .set({ ...set, status: to, updatedAt: now })
      .where('id = :id AND status = :status', { id: wish.id, status: wish.status });
    const changed = () => new InvalidStateError('The wish changed meanwhile; reload it');
    await StatementBatch.within(m, batch, (b) =>
      b.addQuery(update, { affected: { rows: 1, fail: changed } }),
    );
    return Object.assign(wish, set, { status: to, updatedAt: now });
  }

  private staffAction(
    actor: AuthUser,
    id: string,
    action: 'approve' | 'reject',
    set: () => Partial<Wish>,
    note: string | null = null,
  ): Promise<WishView> {
    return this.tx.run(async (m) => {
      const wish = await this.wishes.load(m, actor, id);
      this.assertStaff(actor);
      const before = wish.status;
      const moved = await this.move(m, wish, action, set());
      await this.wishes.event(
        m,
        wish,
        action === 'approve' ? 'approved' : 'rejected',
        actor.id,
        note,
      );
      await this.auditChange(
        m,
        actor,
        wish,
        `wish.${action}`,
        note ? { reason: note } : {},
        before,
      );
      return toWishView(moved, actor);
    });
  }

  private async openClaim(
    m: EntityManager,
    wish: Wish,
    volunteerId: string,
    assignedBy: string | null,
  ) {
    try {
      await m.insert(WishClaim, {
        id: newId(),
        wishId: wish.id,
        volunteerId,
        active: 1,
        assignedBy,
        claimedAt: this.clock.now(),
        releasedAt: null,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('Someone else has claimed this wish');
      throw err;
    }
  }

  private async closeClaim(m: EntityManager, wishId: string) {
    await m.update(
      WishClaim,
      { wishId, active: 1, releasedAt: IsNull() },
      { active: null, releasedAt: this.clock.now() },
    );
  }

  private assertStaff(actor: AuthUser) {
    if (!isWishStaff(actor)) throw new ForbiddenError('Only grid workers and admins can do this');
  }

  private async assertApprovedVolunteer(m: EntityManager, userId: string, who: string) {
    const profile = await this.users.findProfile(userId, m);
    if (profile?.status !== 'approved')
      throw new ForbiddenError(`${who} must be an approved volunteer`);
  }

  private auditChange(
    m: EntityManager,
    actor: AuthUser,
    wish: Wish,
    action: string,
    after: Record<string, unknown>,
    before: string,
  ) {
    return this.audit.record(m, actor, {
      communityId: wish.communityId,
      action,
      targetType: 'wish',
      targetId: wish.id,
      before: { status: before },
      after: { status: wish.status, ...after },
    });
  }
}
