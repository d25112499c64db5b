import { ConsentsService } from 'src/privacy/consents.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { ForbiddenError, NotFoundError, ValidationFailedError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { newReadableCode } from 'src/common/readable-code';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { normalizePhone } from 'src/common/phone';
import { findInScope, lockInScope } from 'src/common/scope';
import { GridsService } from 'src/communities/grids.service';
import type { DomainEventType } from 'src/events/domain-events';
import { EventsService } from 'src/events/events.service';
import { toDbTime } from 'src/database/raw-time';
import { StatementBatch } from 'src/database/statement-batch';
import { TransactionService } from 'src/database/transaction.service';
import { UsersService } from 'src/users/users.service';
import { CreateWishDto, PublicWishDto, WishListQuery, WishView } from 'src/wishes/dto/wish.dto';
import { Wish } from 'src/wishes/entities/wish.entity';
import { canView, isWishStaff, toWishView } from 'src/wishes/wish-access';
import { dueAt } from 'src/wishes/wish-state';

/** Intake, reading and listing of wishes; transitions live in WishLifecycleService. */
/** A wish's history step and the domain event it publishes. */
const WISH_EVENT_TYPES = {
  posted: 'wish.submitted',
  posted_by_proxy: 'wish.submitted',
  approved: 'wish.approved',
  rejected: 'wish.rejected',
  claimed: 'wish.claimed',
  assigned: 'wish.dispatched',
  released: 'wish.released',
  completed: 'wish.completed',
  cancelled: 'wish.cancelled',
  rated: 'wish.rated',
  follow_up_opened: 'wish.follow_up_opened',
  follow_up_resolved: 'wish.follow_up_resolved',
} as const satisfies Record<string, DomainEventType>;

@Injectable()
export class WishesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly grids: GridsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly events: EventsService,
    private readonly consents: ConsentsService,
  ) {}

  /** A resident posts their own wish; a grid worker may post on behalf of someone (代办). */
  async create(actor: AuthUser, dto: CreateWishDto): Promise<WishView> {
    const communityId = actor.communityId;
    if (!communityId) throw new ForbiddenError('Only community members post wishes');
    const proxy = dto.onBehalfOf !== undefined;
    if (proxy && !isWishStaff(actor))
      throw new ForbiddenError('Only grid workers post on behalf of a resident');
    if (!proxy && !actor.roles.includes('resident')) {
      throw ValidationFailedError.field('onBehalfOf', 'Staff post wishes on behalf of a resident');
    }
    const gridId = dto.gridId ?? actor.gridId;
    if (!gridId)
      throw ValidationFailedError.field('gridId', 'gridId is required when you have no home grid');
    const poster = proxy ? null : await this.users.getById(actor.id);
    const contactPhone = dto.onBehalfOf?.phone ?? poster!.phone;
    const now = this.clock.now();
    const wish = this.newWish({
      communityId,
      gridId,
      // A proxy post is the resident's when their phone belongs to a member: one identity.
      ownerId: poster?.id ?? (await this.memberByPhone(communityId, contactPhone)),
      contactName: dto.onBehalfOf?.name ?? poster!.name,
      contactPhone,
      address: dto.onBehalfOf?.address ?? dto.address ?? poster?.address ?? null,
      submittedBy: proxy ? actor.id : null,
      source: proxy ? 'proxy' : 'resident',
      body: dto,
      // A grid worker's proxy post is reviewed by its poster: it opens at once.
      status: proxy ? 'open' : 'pending_review',
      approvedAt: proxy ? now : null,
      trackingCode: proxy ? newReadableCode() : null,
    });
    await this.tx.run(async (m) => {
      await this.grids.assertInCommunity(m, communityId, gridId);
      await m.save(wish);
      await this.event(m, wish, proxy ? 'posted_by_proxy' : 'posted', actor.id);
    });
    return toWishView(wish, actor);
  }

  /**
   * Anonymous intake from a grid's QR code; the tracking code is the resident's key. A wish
   * whose contact phone belongs to a member of the community is theirs (one resident across
   * the app and the QR channel); a signed-in poster is recorded, so they cannot take it on.
   */
  async createPublic(
    dto: PublicWishDto,
    poster: AuthUser | null,
  ): Promise<{ id: string; trackingCode: string }> {
    const privacyVersion = this.consents.assertCurrent(dto.privacyVersion);
    const grid = await this.grids.findByIntakeToken(dto.gridToken);
    if (!grid) throw ValidationFailedError.field('gridToken', 'This QR code is not valid any more');
    const wish = this.newWish({
      communityId: grid.communityId,
      gridId: grid.id,
      ownerId: await this.memberByPhone(grid.communityId, dto.contactPhone),
      contactName: dto.contactName,
      contactPhone: dto.contactPhone,
      address: dto.address ?? null,
      submittedBy: poster?.id ?? null,
      source: 'qr',
      body: dto,
      status: 'pending_review',
      approvedAt: null,
      trackingCode: newReadableCode(),
    });
    wish.privacyVersion = privacyVersion;
    await this.tx.run(async (m) => {
      await m.save(wish);
      await this.event(m, wish, 'posted', null);
    });
    return { id: wish.id, trackingCode: wish.trackingCode! };
  }

  async get(actor: AuthUser, id: string): Promise<WishView> {
    const wish = await this.load(this.dataSource.manager, actor, id);
    return toWishView(wish, actor);
  }

  /** A wish in the caller's community that the caller may see, or NOT_FOUND. */
  async load(m: EntityManager, actor: AuthUser, id: string): Promise<Wish> {
    const wish = await findInScope(m, Wish, actor, id, 'Wish');
    if (!canView(actor, wish)) throw new NotFoundError('Wish');
    return wish;
  }

  /** As `load`, with the wish's row locked for the rest of the transaction (one statement). */
  async loadLocked(m: EntityManager, actor: AuthUser, id: string): Promise<Wish> {
    const wish = await lockInScope(m, Wish, actor, id, 'Wish');
    if (!canView(actor, wish)) throw new NotFoundError('Wish');
    return wish;
  }

  async list(actor: AuthUser, q: WishListQuery): Promise<Page<WishView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const now = this.clock.now();
    const qb = this.dataSource.manager.createQueryBuilder(Wish, 'w');
    if (actor.communityId) qb.where('w.community_id = :cid', { cid: actor.communityId });
    else qb.where('1 = 1');
    const ownOnly =
      q.mine === 'posted' || (!isWishStaff(actor) && !actor.roles.includes('volunteer'));
    if (ownOnly) qb.andWhere('w.owner_id = :me', { me: actor.id });
    const claimedOnly = !ownOnly && q.mine === 'claimed';
    if (claimedOnly) qb.andWhere('w.claimer_id = :me', { me: actor.id });
    if (q.status) qb.andWhere('w.status = :status', { status: q.status });
    if (q.gridId) qb.andWhere('w.grid_id = :gridId', { gridId: q.gridId });
    if (q.category) qb.andWhere('w.category = :category', { category: q.category });
    if (q.urgency) qb.andWhere('w.urgency = :urgency', { urgency: q.urgency });
    if (q.followUp !== undefined) qb.andWhere('w.follow_up_open = :fu', { fu: q.followUp });
    if (q.overdue !== undefined) {
      const overdue = "w.due_at < :now AND w.status IN ('pending_review', 'open', 'claimed')";
      qb.andWhere(q.overdue ? `(${overdue})` : `NOT (${overdue})`, { now });
    }
    if (after) qb.andWhere('w.id < :after', { after });
    // MariaDB tends to walk the primary key backwards for ORDER BY id LIMIT and filter row by
    // row, which is slow when the matching wishes are old; name the index that fits the filter.
    // (A hint only on MySQL/MariaDB; SQLite plans these well.)
    if (ownOnly) qb.useIndex('idx_wishes_owner');
    else if (claimedOnly) qb.useIndex('idx_wishes_claimer');
    else if (actor.communityId && q.status) qb.useIndex('idx_wishes_status');
    else if (actor.communityId) qb.useIndex('idx_wishes_community');
    const rows = await qb
      .orderBy('w.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return toPage(rows, limit, (w) => toWishView(w, actor, now));
  }

  /** The member of the community whose phone this is, if any. */
  /**
   * The member a phone proves: only an account whose phone is verified (anyone can register any
   * number; a wish given with it must not reach a stranger who did).
   */
  private async memberByPhone(communityId: string, phone: string): Promise<string | null> {
    const user = await this.users.findByPhone(normalizePhone(phone));
    return user?.communityId === communityId && user.phoneVerifiedAt ? user.id : null;
  }

  /**
   * A member's phone was just proven theirs: the wishes given with it that nobody owns yet (by
   * QR code, or posted for them by a grid worker) become theirs in the app. Returns how many.
   */
  async claimByPhone(
    m: EntityManager,
    member: { id: string; communityId: string; phone: string },
  ): Promise<number> {
    const changed = await m
      .createQueryBuilder()
      .update(Wish)
      .set({ ownerId: member.id })
      .where('community_id = :communityId AND contact_phone = :phone AND owner_id IS NULL', {
        communityId: member.communityId,
        phone: normalizePhone(member.phone),
      })
      .execute();
    return changed.affected ?? 0;
  }

  /**
   * Records a step of a wish: a line of its history (what the tracking page shows) and the
   * domain event others listen to, both in the caller's transaction.
   */
  /** The wish's own history line and its domain event: into `batch` when given, else at once. */
  async event(
    m: EntityManager,
    wish: Wish,
    type: keyof typeof WISH_EVENT_TYPES,
    actorId: string | null,
    note: string | null = null,
    batch?: StatementBatch,
  ) {
    const row = { id: newId(), wishId: wish.id, type, actorId, note, createdAt: this.clock.now() };
    await StatementBatch.within(m, batch, (b) =>
      b.add({
        sql: 'INSERT INTO wish_events (id, wish_id, type, actor_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        params: [row.id, row.wishId, row.type, row.actorId, row.note, toDbTime(row.createdAt)],
      }),
    );
    await this.events.publish(
      m,
      {
        type: WISH_EVENT_TYPES[type],
        communityId: wish.communityId,
        subject: { type: 'wish', id: wish.id },
        actorId,
        data: {
          status: wish.status,
          gridId: wish.gridId,
          ownerId: wish.ownerId,
          claimerId: wish.claimerId,
          source: wish.source,
          urgency: wish.urgency,
          title: wish.title,
          rating: wish.rating,
        },
      },
      batch,
    );
  }

  private newWish(p: {
    communityId: string;
    gridId: string;
    ownerId: string | null;
    contactName: string;
    contactPhone: string;
    address: string | null;
    submittedBy: string | null;
    source: Wish['source'];
    body: Pick<CreateWishDto, 'title' | 'description' | 'category' | 'urgency'>;
    status: Wish['status'];
    approvedAt: Date | null;
    trackingCode: string | null;
  }): Wish {
    const now = this.clock.now();
    return Object.assign(new Wish(), {
      id: newId(),
      communityId: p.communityId,
      gridId: p.gridId,
      ownerId: p.ownerId,
      contactName: p.contactName,
      contactPhone: p.contactPhone,
      address: p.address,
      submittedBy: p.submittedBy,
      source: p.source,
      title: p.body.title,
      description: p.body.description,
      category: p.body.category,
      urgency: p.body.urgency,
      status: p.status,
      dueAt: dueAt(p.body.urgency, now),
      claimerId: null,
      trackingCode: p.trackingCode,
      reason: null,
      completionNote: null,
      approvedAt: p.approvedAt,
      claimedAt: null,
      completedAt: null,
      closedAt: null,
      cancelledAt: null,
      closedOnTime: null,
      rating: null,
      feedbackAuto: false,
      pointsAwarded: null,
      awardFlag: null,
      followUpOpen: false,
      contactErasedAt: null,
      privacyVersion: null,
      // The community's clock, like every other time of the wish (its due time, the day's
      // SMS receipts per phone, reports and exports by date).
      createdAt: now,
      updatedAt: now,
    });
  }
}
