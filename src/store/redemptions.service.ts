import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan, LessThanOrEqual } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import {
  AppError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { findInScope } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { TransientConflictError } from 'src/database/db-errors';
import { toDbTime } from 'src/database/raw-time';
import { StatementBatch } from 'src/database/statement-batch';
import { affected, forUpdate } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { EventsService } from 'src/events/events.service';
import { PointsService } from 'src/points/points.service';
import { CatalogService } from 'src/store/catalog.service';
import { RedeemDto, RedemptionListQuery, RedemptionView } from 'src/store/dto/store.dto';
import { Redemption } from 'src/store/entities/redemption.entity';
import { StoreItem } from 'src/store/entities/store-item.entity';
import { StoreSlot } from 'src/store/entities/store-slot.entity';
import { CardUsedError, type MemberCard } from 'src/store/card.service';
import {
  LimitExceededError,
  newPickupCode,
  OutOfStockError,
  PICKUP_WINDOW_DAYS,
} from 'src/store/store.rules';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const STORE_STAFF = ['store_staff', 'community_admin'] as const;
const isStoreStaff = (u: AuthUser) =>
  isPlatformAdmin(u) || STORE_STAFF.some((r) => u.roles.includes(r));

/**
 * Redemptions. Reserving runs in one transaction and locks in one order — the member's points
 * account, their lots, then the item's stock or slot (by conditional update, the last statement)
 * — as do cancellation and pickup expiry, so concurrent redemptions never deadlock one another.
 * The store account's row is never written: the redemption's entry is its share of it.
 */
@Injectable()
export class RedemptionsService {
  private readonly logger = new Logger('PickupExpiry');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly points: PointsService,
    private readonly catalog: CatalogService,
    private readonly communities: CommunitiesService,
    private readonly audit: AuditService,
    private readonly jobs: JobRunsService,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  /** A member reserves: points and stock are taken now; staff hand over against the pickup code. */
  async reserve(member: AuthUser, dto: RedeemDto): Promise<RedemptionView> {
    if (!member.communityId) throw new ForbiddenError('Only community members redeem');
    return this.withSlotTimes(await this.redeem(member.communityId, member.id, dto, null));
  }

  /**
   * Staff redeem at the counter for the member whose card they scanned: fulfilled at once. A
   * card pays once: its token id is kept on the redemption under a unique index.
   */
  counter(staff: AuthUser, card: MemberCard, dto: RedeemDto): Promise<RedemptionView> {
    // Its slot times come with the member's name, in DeskService.describe.
    return this.redeem(card.communityId, card.memberId, dto, { staff, cardId: card.tokenId });
  }

  /**
   * A booked service's slot times, read after the commit (the slot's row is what the booking
   * just took: its time never changes once booked, and goods, the hot path, have no slot).
   */
  async withSlotTimes(
    view: RedemptionView,
    m: EntityManager = this.dataSource.manager,
  ): Promise<RedemptionView> {
    const [withTimes] = await this.slotTimes(m, [view]);
    return withTimes;
  }

  private async slotTimes(m: EntityManager, views: RedemptionView[]): Promise<RedemptionView[]> {
    const ids = [...new Set(views.flatMap((v) => (v.slotId ? [v.slotId] : [])))];
    if (!ids.length) return views;
    const slots = new Map(
      (
        await m.find(StoreSlot, {
          select: { id: true, startsAt: true, endsAt: true },
          where: { id: In(ids) },
        })
      ).map((slot) => [slot.id, slot]),
    );
    return views.map((v) => {
      const slot = v.slotId ? slots.get(v.slotId) : undefined;
      return slot
        ? { ...v, slotStartsAt: slot.startsAt.toISOString(), slotEndsAt: slot.endsAt.toISOString() }
        : v;
    });
  }

  private redeem(
    communityId: string,
    memberId: string,
    dto: RedeemDto,
    counter: { staff: AuthUser; cardId: string } | null,
  ) {
    const staff = counter?.staff ?? null;
    return this.tx.run(async (m) => {
      const now = this.clock.now();
      const item = await m.findOne(StoreItem, { where: { id: dto.itemId, communityId } });
      if (!item) throw new NotFoundError('Item');
      if (!this.catalog.isOpen(item, now))
        throw new InvalidStateError('This item is not available now');
      // Out of stock is refused before anything is locked; the decrement itself comes last.
      this.assertCapacityAsked(item, dto);
      // The member's account row guards their limits: one member's requests queue here. The
      // same statement locks the lots the points will come from.
      const price = item.pricePoints * dto.quantity;
      const lots = await this.points.lockForSpend(m, communityId, memberId, price);
      if (item.perMemberLimit !== null && item.limitPeriod !== null) {
        const timeZone = await this.communities.timeZone(communityId);
        const used = await this.catalog.usedForLimit(m, memberId, item, now, timeZone);
        if (used + dto.quantity > item.perMemberLimit)
          throw new LimitExceededError(item.perMemberLimit, item.limitPeriod);
      }
      const redemption = Object.assign(new Redemption(), {
        id: newId(),
        communityId,
        itemId: item.id,
        memberId,
        slotId: item.kind === 'service' ? (dto.slotId ?? null) : null,
        quantity: dto.quantity,
        points: price,
        status: staff ? 'fulfilled' : 'reserved',
        channel: staff ? 'counter' : 'reserve',
        pickupCode: null,
        openPickupCode: null,
        expiresAt: staff ? null : new Date(now.getTime() + PICKUP_WINDOW_DAYS * 86_400_000),
        fulfilledAt: staff ? now : null,
        fulfilledBy: staff?.id ?? null,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
        cardTokenId: counter?.cardId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      // Everything from here is written together, in one round trip (StatementBatch), the
      // shared stock row by its last statement.
      const batch = new StatementBatch();
      this.insertWithCode(m, batch, redemption, !staff);
      if (staff) {
        await this.audit.record(m, staff, {
          communityId,
          action: 'redemption.counter',
          targetType: 'redemption',
          targetId: redemption.id,
          after: { memberId, itemId: item.id, quantity: dto.quantity, points: redemption.points },
        });
      }
      const type = staff ? 'redemption.fulfilled' : 'redemption.reserved';
      await this.publish(m, redemption, type, staff?.id ?? memberId, item.name, batch);
      await this.points.spend(
        m,
        {
          communityId,
          userId: memberId,
          amount: price,
          sourceType: 'redemption',
          sourceId: redemption.id,
          actorId: staff?.id ?? memberId,
          note: `${item.name} × ${dto.quantity}`.slice(0, 200),
        },
        lots,
        batch,
      );
      // A popular item's stock row (or a slot's) is what a community's redemptions share: it
      // is taken by the last statement before the commit, so it is held the shortest time.
      this.takeCapacity(m, batch, item, dto, now);
      await batch.send(m);
      return this.view(redemption, item.name, true);
    });
  }

  /**
   * What the request asks of the item's capacity, checked before anything is locked: a slot for
   * a service and none otherwise, and goods not already sold out (as last committed; the
   * conditional decrement at the end decides).
   */
  private assertCapacityAsked(item: StoreItem, dto: RedeemDto): void {
    if (item.kind === 'service') {
      if (!dto.slotId)
        throw ValidationFailedError.field('slotId', 'Choose a time slot for this service');
      return;
    }
    if (dto.slotId) throw ValidationFailedError.field('slotId', 'Only services have slots');
    if (item.kind === 'goods' && item.stock !== null && item.stock < dto.quantity)
      throw new OutOfStockError(item.name);
  }

  /** Stock (goods) or a slot place (services) by conditional update; honours take neither. */
  private takeCapacity(
    m: EntityManager,
    batch: StatementBatch,
    item: StoreItem,
    dto: RedeemDto,
    now: Date,
  ): void {
    if (item.kind === 'goods') {
      batch.add({
        sql: 'UPDATE store_items SET stock = stock - ?, updated_at = ? WHERE id = ? AND stock >= ?',
        params: [dto.quantity, toDbTime(now), item.id, dto.quantity],
        affected: { rows: 1, fail: () => new OutOfStockError(item.name) },
      });
    } else if (item.kind === 'service') {
      batch.add({
        sql: `UPDATE store_slots SET booked = booked + ?, updated_at = ?
              WHERE id = ? AND item_id = ? AND starts_at > ? AND booked + ? <= capacity`,
        params: [dto.quantity, toDbTime(now), dto.slotId, item.id, toDbTime(now), dto.quantity],
        affected: {
          rows: 1,
          fail: async () =>
            (await m.exists(StoreSlot, { where: { id: dto.slotId, itemId: item.id } }))
              ? new OutOfStockError('This time slot')
              : ValidationFailedError.field('slotId', 'slotId is not a slot of this item'),
        },
      });
    }
  }

  /**
   * Adds the redemption with a fresh pickup code. The (rare) clash with an open code retries
   * the whole transaction with another; a counter redemption has no code, and its clash is a
   * member card that has paid already.
   */
  private insertWithCode(
    m: EntityManager,
    batch: StatementBatch,
    r: Redemption,
    withCode: boolean,
  ) {
    if (withCode) r.pickupCode = r.openPickupCode = newPickupCode();
    batch.addQuery(m.createQueryBuilder().insert().into(Redemption).values(r).updateEntity(false), {
      unique: withCode
        ? {
            index: 'uq_redemptions_open_code',
            duplicate: () => new TransientConflictError('pickup code taken'),
          }
        : { index: 'uq_redemptions_card_token', duplicate: () => new CardUsedError() },
    });
  }

  async cancel(actor: AuthUser, id: string, reason?: string): Promise<RedemptionView> {
    return this.withSlotTimes(await this.cancelInScope(actor, id, reason));
  }

  private cancelInScope(actor: AuthUser, id: string, reason?: string): Promise<RedemptionView> {
    return this.tx.run(async (m) => {
      const r = await findInScope(m, Redemption, actor, id, 'Redemption');
      const staff = isStoreStaff(actor);
      if (!staff && r.memberId !== actor.id) throw new NotFoundError('Redemption');
      const view = await this.cancelLocked(m, r, actor.id, reason ?? null);
      if (staff && r.memberId !== actor.id) {
        await this.audit.record(m, actor, {
          communityId: r.communityId,
          action: 'redemption.cancel',
          targetType: 'redemption',
          targetId: r.id,
          before: { status: 'reserved' },
          after: { status: 'cancelled', reason: reason ?? null },
        });
      }
      return view;
    });
  }

  /** reserved → cancelled: stock or slot back, then the points back into the lots they came from. */
  private async cancelLocked(
    m: EntityManager,
    seen: Redemption,
    actorId: string | null,
    reason: string | null,
  ) {
    await this.points.lockMember(m, seen.communityId, seen.memberId);
    const r = await forUpdate(
      m,
      m.createQueryBuilder(Redemption, 'r').where('r.id = :id', { id: seen.id }),
    ).getOneOrFail();
    if (r.status !== 'reserved')
      throw new InvalidStateError(`A ${r.status} redemption cannot be cancelled`);
    const item = await m.findOneByOrFail(StoreItem, { id: r.itemId });
    const now = this.clock.now();
    await this.points.refund(m, {
      communityId: r.communityId,
      sourceType: 'redemption',
      sourceId: r.id,
      actorId,
      note: reason ?? `Cancelled: ${item.name}`,
    });
    const changed = await m.update(
      Redemption,
      { id: r.id, status: 'reserved' },
      {
        status: 'cancelled',
        openPickupCode: null,
        cancelledAt: now,
        cancelledBy: actorId,
        cancelReason: reason,
        updatedAt: now,
      },
    );
    if (affected(changed) !== 1) throw new InvalidStateError('The redemption changed meanwhile');
    // The shared stock or slot row last, as when reserving.
    if (item.kind === 'goods') {
      await m
        .createQueryBuilder()
        .update(StoreItem)
        .set({ stock: () => 'stock + :q', updatedAt: now })
        .where('id = :id', { id: item.id })
        .setParameters({ q: r.quantity })
        .execute();
    } else if (r.slotId) {
      await m
        .createQueryBuilder()
        .update(StoreSlot)
        .set({ booked: () => 'booked - :q', updatedAt: now })
        .where('id = :id', { id: r.slotId })
        .setParameters({ q: r.quantity })
        .execute();
    }
    Object.assign(r, {
      status: 'cancelled',
      openPickupCode: null,
      cancelledAt: now,
      cancelledBy: actorId,
      cancelReason: reason,
    });
    await this.publish(m, r, 'redemption.cancelled', actorId, item.name);
    return this.view(r, item.name, false);
  }

  /** The domain event of a redemption's step (member, item and points; never the code). */
  async publish(
    m: EntityManager,
    r: Redemption,
    type: 'redemption.reserved' | 'redemption.fulfilled' | 'redemption.cancelled',
    actorId: string | null,
    itemName: string,
    batch?: StatementBatch,
  ): Promise<void> {
    await this.events.publish(
      m,
      {
        type,
        communityId: r.communityId,
        subject: { type: 'redemption', id: r.id },
        actorId,
        data: {
          memberId: r.memberId,
          itemName,
          quantity: r.quantity,
          points: r.points,
          expiresAt: r.expiresAt?.toISOString() ?? null,
        },
      },
      batch,
    );
  }

  async list(
    actor: AuthUser,
    q: RedemptionListQuery,
    mine: boolean,
  ): Promise<Page<RedemptionView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const where = {
      ...(mine
        ? { memberId: actor.id }
        : isPlatformAdmin(actor)
          ? {}
          : { communityId: actor.communityId! }),
      ...(q.status ? { status: q.status } : {}),
      ...(after ? { id: LessThan(after) } : {}),
    };
    const m = this.dataSource.manager;
    const rows = await m.find(Redemption, { where, order: { id: 'DESC' }, take: limit + 1 });
    const names = new Map(
      (rows.length
        ? await m.find(StoreItem, {
            select: { id: true, name: true },
            where: { id: In(rows.map((r) => r.itemId)) },
          })
        : []
      ).map((i) => [i.id, i.name]),
    );
    const page = toPage(rows, limit, (r) => this.view(r, names.get(r.itemId) ?? '', mine));
    return { ...page, items: await this.slotTimes(m, page.items) };
  }

  /** Hourly: reservations not picked up within the window are cancelled and refunded. */
  @Cron('25 * * * *', { name: 'pickup-expiry' })
  async hourly(): Promise<void> {
    await this.jobs.hourly('pickup-expiry', this.logger, (now) => this.expirePickups(now));
  }

  async expirePickups(now: Date): Promise<{ cancelled: number; summary: string }> {
    const due = await this.dataSource.manager.find(Redemption, {
      where: { status: 'reserved', expiresAt: LessThanOrEqual(now) },
      order: { expiresAt: 'ASC' },
      take: 1000,
    });
    let cancelled = 0;
    for (const r of due) {
      const ok = await this.tx
        .run((m) => this.cancelLocked(m, r, null, 'Not picked up in time'))
        .then(() => true)
        .catch((err: unknown) => {
          if (err instanceof AppError && err.statusCode === 409) return false; // picked up or cancelled meanwhile
          throw err;
        });
      if (ok) cancelled++;
    }
    return { cancelled, summary: `cancelled and refunded ${cancelled} reservations not picked up` };
  }

  view(r: Redemption, itemName: string, showCode: boolean): RedemptionView {
    return {
      id: r.id,
      itemId: r.itemId,
      itemName,
      memberId: r.memberId,
      slotId: r.slotId,
      quantity: r.quantity,
      points: r.points,
      status: r.status,
      channel: r.channel,
      ...(showCode && r.status === 'reserved' && r.pickupCode ? { pickupCode: r.pickupCode } : {}),
      expiresAt: iso(r.expiresAt),
      createdAt: r.createdAt.toISOString(),
      fulfilledAt: iso(r.fulfilledAt),
      cancelledAt: iso(r.cancelledAt),
      // Filled by withSlotTimes for a booked service.
      slotStartsAt: null,
      slotEndsAt: null,
    };
  }
}
