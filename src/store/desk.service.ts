import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import { ATTEMPT_LIMITS, AttemptsService } from 'src/common/attempts/attempts.service';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { InvalidStateError, NotFoundError } from 'src/common/errors/app-error';
import { maskPhone } from 'src/common/privacy';
import { affected } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { PointsQueryService } from 'src/points/points-query.service';
import { CardService, CardUsedError } from 'src/store/card.service';
import { CardHolderView, HandoverView, RedemptionView } from 'src/store/dto/store.dto';
import { Redemption } from 'src/store/entities/redemption.entity';
import { StoreItem } from 'src/store/entities/store-item.entity';
import { RedemptionsService } from 'src/store/redemptions.service';
import { UsersService } from 'src/users/users.service';

/**
 * The store desk: look a pickup code up to see who collects what, then hand it over (核销).
 * Unknown codes, looked up or verified, are counted per staff member and per community: a
 * few, then 429, so the desk cannot be used to guess members' codes.
 */
@Injectable()
export class DeskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly redemptions: RedemptionsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly attempts: AttemptsService,
    private readonly clock: Clock,
    private readonly cards: CardService,
    private readonly points: PointsQueryService,
  ) {}

  /**
   * Whose card was scanned, before anything is charged: name, masked phone and balance, for
   * staff of the card's community. A card that has paid already is refused here too.
   */
  async inspectCard(staff: AuthUser, token: string): Promise<CardHolderView> {
    const card = await this.cards.read(token);
    if (!isPlatformAdmin(staff) && card.communityId !== staff.communityId)
      throw new NotFoundError('Member');
    const m = this.dataSource.manager;
    if (await m.exists(Redemption, { where: { cardTokenId: card.tokenId } }))
      throw new CardUsedError();
    const [member, points] = await Promise.all([
      this.users.getById(card.memberId, m),
      this.points.summary(card.communityId, card.memberId),
    ]);
    return {
      memberId: member.id,
      memberName: member.name,
      memberPhone: maskPhone(member.phone),
      balance: points.balance,
    };
  }

  /** The reservation behind a pickup code, changing nothing. */
  preview(staff: AuthUser, code: string): Promise<HandoverView> {
    return this.guarded(staff, async () => {
      const m = this.dataSource.manager;
      const r = await this.byCode(m, staff, code);
      const item = await m.findOneByOrFail(StoreItem, { id: r.itemId });
      return this.describe(this.redemptions.view(r, item.name, false), m);
    });
  }

  /** Hands a reservation over against its pickup code (their own community only). */
  verify(staff: AuthUser, code: string): Promise<HandoverView> {
    return this.guarded(staff, () =>
      this.tx.run(async (m) => {
        const r = await this.byCode(m, staff, code);
        if (r.status === 'fulfilled')
          throw new InvalidStateError('This pickup code has already been used');
        if (r.status === 'cancelled') throw new InvalidStateError('This reservation was cancelled');
        const now = this.clock.now();
        const done = { status: 'fulfilled' as const, openPickupCode: null, fulfilledAt: now };
        const changed = await m.update(
          Redemption,
          { id: r.id, status: 'reserved' },
          { ...done, fulfilledBy: staff.id, updatedAt: now },
        );
        if (affected(changed) !== 1)
          throw new InvalidStateError('This pickup code has already been used');
        Object.assign(r, done, { fulfilledBy: staff.id });
        await this.audit.record(m, staff, {
          communityId: r.communityId,
          action: 'redemption.verify',
          targetType: 'redemption',
          targetId: r.id,
          before: { status: 'reserved' },
          after: { status: 'fulfilled' },
        });
        const item = await m.findOneByOrFail(StoreItem, { id: r.itemId });
        await this.redemptions.publish(m, r, 'redemption.fulfilled', staff.id, item.name);
        return this.describe(this.redemptions.view(r, item.name, false), m);
      }),
    );
  }

  /** A redemption with the member's name and masked phone, and its slot's times. */
  async describe(
    view: RedemptionView,
    m: EntityManager = this.dataSource.manager,
  ): Promise<HandoverView> {
    const [member, withTimes] = await Promise.all([
      this.users.getById(view.memberId, m),
      this.redemptions.withSlotTimes(view, m),
    ]);
    return { ...withTimes, memberName: member.name, memberPhone: maskPhone(member.phone) };
  }

  /** The open reservation with this code, else the last one that used it. */
  private async byCode(m: EntityManager, staff: AuthUser, typed: string) {
    const pickupCode = typed.toUpperCase();
    const scope = isPlatformAdmin(staff) ? {} : { communityId: staff.communityId! };
    const r =
      (await m.findOne(Redemption, { where: { ...scope, openPickupCode: pickupCode } })) ??
      (await m.findOne(Redemption, { where: { ...scope, pickupCode }, order: { id: 'DESC' } }));
    if (!r) throw new NotFoundError('Pickup code');
    return r;
  }

  private guarded<T>(staff: AuthUser, work: () => Promise<T>): Promise<T> {
    return this.attempts.guard(
      [
        { key: `pickup:user:${staff.id}`, limit: ATTEMPT_LIMITS.pickupByStaff },
        {
          key: `pickup:community:${staff.communityId ?? 'platform'}`,
          limit: ATTEMPT_LIMITS.pickupByCommunity,
        },
      ],
      work,
      (err) => err instanceof NotFoundError,
    );
  }
}
