import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThan, MoreThanOrEqual } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { ForbiddenError, ValidationFailedError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { findInScope } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { affected, lockingClause } from 'src/database/locking';
import { toDbTime } from 'src/database/raw-time';
import { TransactionService } from 'src/database/transaction.service';
import {
  CreateItemDto,
  CreateSlotDto,
  ItemView,
  SlotView,
  UpdateItemDto,
} from 'src/store/dto/store.dto';
import { Redemption } from 'src/store/entities/redemption.entity';
import { StoreItem } from 'src/store/entities/store-item.entity';
import { StoreSlot } from 'src/store/entities/store-slot.entity';
import { MAX_STOCK, periodStart, remainingAllowance } from 'src/store/store.rules';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const summary = (i: StoreItem) => ({
  name: i.name,
  pricePoints: i.pricePoints,
  stock: i.stock,
  active: i.active,
  perMemberLimit: i.perMemberLimit,
  limitPeriod: i.limitPeriod,
});

const memberCommunity = (user: AuthUser): string => {
  if (!user.communityId) throw new ForbiddenError('Only community members use the store');
  return user.communityId;
};

/** The catalogue kept by store staff and admins; every change is audit-logged. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly communities: CommunitiesService,
    private readonly clock: Clock,
  ) {}

  create(actor: AuthUser, dto: CreateItemDto): Promise<StoreItem> {
    const communityId = memberCommunity(actor);
    if (dto.kind !== 'goods' && dto.stock !== undefined) {
      throw ValidationFailedError.field('stock', 'Only goods have stock');
    }
    const item = Object.assign(new StoreItem(), {
      id: newId(),
      communityId,
      name: dto.name,
      description: dto.description ?? null,
      kind: dto.kind,
      pricePoints: dto.pricePoints,
      stock: dto.kind === 'goods' ? (dto.stock ?? 0) : null,
      perMemberLimit: dto.perMemberLimit ?? null,
      limitPeriod: dto.perMemberLimit ? dto.limitPeriod! : null,
      active: dto.active ?? true,
      activeFrom: dto.activeFrom ? new Date(dto.activeFrom) : null,
      activeUntil: dto.activeUntil ? new Date(dto.activeUntil) : null,
    });
    this.assertWindow(item);
    return this.tx.run(async (m) => {
      await m.save(item);
      await this.record(m, actor, item, 'store_item.create', null);
      return item;
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateItemDto): Promise<StoreItem> {
    return this.tx.run(async (m) => {
      const item = await findInScope(m, StoreItem, actor, id, 'Item');
      const before = summary(item);
      if (dto.name !== undefined) item.name = dto.name;
      if (dto.description !== undefined) item.description = dto.description;
      if (dto.pricePoints !== undefined) item.pricePoints = dto.pricePoints;
      if (dto.perMemberLimit !== undefined) item.perMemberLimit = dto.perMemberLimit;
      if (dto.limitPeriod !== undefined) item.limitPeriod = dto.limitPeriod;
      if (dto.active !== undefined) item.active = dto.active;
      if (dto.activeFrom !== undefined)
        item.activeFrom = dto.activeFrom ? new Date(dto.activeFrom) : null;
      if (dto.activeUntil !== undefined)
        item.activeUntil = dto.activeUntil ? new Date(dto.activeUntil) : null;
      if (item.perMemberLimit !== null && item.limitPeriod === null) {
        throw ValidationFailedError.field(
          'limitPeriod',
          'limitPeriod is required with perMemberLimit',
        );
      }
      this.assertWindow(item);
      // Stock is never written from here: only restocks and redemptions move it.
      await m.update(
        StoreItem,
        { id: item.id },
        {
          name: item.name,
          description: item.description,
          pricePoints: item.pricePoints,
          perMemberLimit: item.perMemberLimit,
          limitPeriod: item.limitPeriod,
          active: item.active,
          activeFrom: item.activeFrom,
          activeUntil: item.activeUntil,
          updatedAt: new Date(),
        },
      );
      await this.record(m, actor, item, 'store_item.update', before);
      return item;
    });
  }

  restock(actor: AuthUser, id: string, quantity: number): Promise<StoreItem> {
    return this.tx.run(async (m) => {
      const item = await findInScope(m, StoreItem, actor, id, 'Item');
      if (item.kind !== 'goods')
        throw ValidationFailedError.field('quantity', 'Only goods are restocked');
      const before = summary(item);
      const changed = await m
        .createQueryBuilder()
        .update(StoreItem)
        .set({ stock: () => 'stock + :quantity', updatedAt: new Date() })
        .where('id = :id AND stock + :quantity <= :max', { id, max: MAX_STOCK })
        .setParameters({ quantity })
        .execute();
      if (affected(changed) !== 1) {
        throw ValidationFailedError.field(
          'quantity',
          `Stock cannot pass ${MAX_STOCK}: ${item.stock ?? 0} are in stock`,
        );
      }
      const after = await m.findOneByOrFail(StoreItem, { id });
      await this.record(m, actor, after, 'store_item.restock', before, { quantity });
      return after;
    });
  }

  addSlot(actor: AuthUser, id: string, dto: CreateSlotDto): Promise<StoreSlot> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt)
      throw ValidationFailedError.field('endsAt', 'endsAt must be after startsAt');
    return this.tx.run(async (m) => {
      const item = await findInScope(m, StoreItem, actor, id, 'Item');
      if (item.kind !== 'service')
        throw ValidationFailedError.field('itemId', 'Only services have slots');
      const slot = Object.assign(new StoreSlot(), {
        id: newId(),
        communityId: item.communityId,
        itemId: item.id,
        startsAt,
        endsAt,
        capacity: dto.capacity,
        booked: 0,
      });
      await m.save(slot);
      await this.record(m, actor, item, 'store_slot.create', null, {
        slotId: slot.id,
        capacity: dto.capacity,
      });
      return slot;
    });
  }

  /**
   * Items for the caller with availability and the caller's remaining allowance. Three queries
   * whatever the number of items: items, their future slots, the caller's redemptions this year.
   */
  /**
   * The items of the caller's community, or of `communityId` (the item a staff member or the
   * platform admin has just changed), with the caller's remaining limits.
   */
  async list(
    actor: AuthUser,
    includeInactive: boolean,
    communityId = memberCommunity(actor),
  ): Promise<ItemView[]> {
    const now = this.clock.now();
    const m = this.dataSource.manager;
    const rows = await m.find(StoreItem, {
      where: { communityId, ...(includeInactive ? {} : { active: true }) },
      order: { id: 'DESC' },
    });
    const items = includeInactive ? rows : rows.filter((i) => this.isOpen(i, now));
    const serviceIds = items.filter((i) => i.kind === 'service').map((i) => i.id);
    const slots = serviceIds.length
      ? await m.find(StoreSlot, {
          where: { itemId: In(serviceIds), startsAt: MoreThan(now) },
          order: { startsAt: 'ASC' },
        })
      : [];
    const timeZone = await this.communities.timeZone(communityId);
    const used = await this.usage(m, actor.id, items, now, timeZone);
    return items.map((item) => {
      const itemSlots = slots.filter((s) => s.itemId === item.id).map((s) => this.slotView(s));
      const available =
        item.kind === 'goods'
          ? item.stock
          : item.kind === 'service'
            ? itemSlots.reduce((n, s) => n + s.available, 0)
            : null;
      return {
        id: item.id,
        name: item.name,
        description: item.description,
        kind: item.kind,
        pricePoints: item.pricePoints,
        available,
        perMemberLimit: item.perMemberLimit,
        limitPeriod: item.limitPeriod,
        myRemaining: remainingAllowance(item.perMemberLimit, used.get(item.id) ?? 0),
        active: item.active,
        activeFrom: iso(item.activeFrom),
        activeUntil: iso(item.activeUntil),
        ...(item.kind === 'service' ? { slots: itemSlots } : {}),
      };
    });
  }

  /**
   * How many of a limited item the member holds in its current period (not cancelled), by a
   * locking read: with the member's account locked first, it sees every committed redemption,
   * where a plain read inside REPEATABLE READ would see the transaction's older snapshot.
   */
  async usedForLimit(
    m: EntityManager,
    memberId: string,
    item: StoreItem,
    now: Date,
    timeZone: string,
  ): Promise<number> {
    const [row] = await m.query<{ used: number | string | null }[]>(
      `SELECT COALESCE(SUM(quantity), 0) AS used FROM redemptions
       WHERE member_id = ? AND item_id = ? AND created_at >= ? AND status <> 'cancelled'${lockingClause(m)}`,
      [memberId, item.id, toDbTime(periodStart(item.limitPeriod!, now, timeZone))],
    );
    return Number(row?.used ?? 0);
  }

  /** Quantity the member redeemed of each limited item in its current period (not cancelled). */
  async usage(m: EntityManager, memberId: string, items: StoreItem[], now: Date, timeZone: string) {
    const limited = items.filter((i) => i.perMemberLimit !== null && i.limitPeriod !== null);
    const out = new Map<string, number>();
    if (!limited.length) return out;
    const since = periodStart('year', now, timeZone);
    const rows = await m.find(Redemption, {
      select: { itemId: true, quantity: true, createdAt: true, status: true },
      where: { memberId, itemId: In(limited.map((i) => i.id)), createdAt: MoreThanOrEqual(since) },
    });
    for (const item of limited) {
      const start = periodStart(item.limitPeriod!, now, timeZone);
      const n = rows
        .filter((r) => r.itemId === item.id && r.status !== 'cancelled' && r.createdAt >= start)
        .reduce((sum, r) => sum + r.quantity, 0);
      out.set(item.id, n);
    }
    return out;
  }

  isOpen(item: StoreItem, now: Date): boolean {
    return (
      item.active &&
      (item.activeFrom === null || item.activeFrom <= now) &&
      (item.activeUntil === null || item.activeUntil > now)
    );
  }

  slotView(s: StoreSlot): SlotView {
    return {
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      capacity: s.capacity,
      booked: s.booked,
      available: Math.max(0, s.capacity - s.booked),
    };
  }

  private assertWindow(item: StoreItem) {
    if (item.activeFrom && item.activeUntil && item.activeUntil <= item.activeFrom) {
      throw ValidationFailedError.field('activeUntil', 'activeUntil must be after activeFrom');
    }
  }

  private record(
    m: EntityManager,
    actor: AuthUser,
    item: StoreItem,
    action: string,
    before: Record<string, unknown> | null,
    extra: Record<string, unknown> = {},
  ) {
    return this.audit.record(m, actor, {
      communityId: item.communityId,
      action,
      targetType: 'store_item',
      targetId: item.id,
      before,
      after: { ...summary(item), ...extra },
    });
  }
}
