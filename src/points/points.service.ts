import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { newId } from 'src/common/ids';
import { CommunitiesService } from 'src/communities/communities.service';
import { affected, forUpdate, lockingClause } from 'src/database/locking';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import { AccountsService } from 'src/points/accounts.service';
import { LotAllocation } from 'src/points/entities/lot-allocation.entity';
import { PointLot } from 'src/points/entities/point-lot.entity';
import { PointTransfer } from 'src/points/entities/point-transfer.entity';
import { LedgerService } from 'src/points/ledger.service';
import { allocate, restoration } from 'src/points/lots';
import { InsufficientPointsError } from 'src/points/points.errors';
import { PointRulesService } from 'src/points/point-rules.service';
import { expiryFor } from 'src/points/rules/point-rules';

interface Source {
  communityId: string;
  sourceType: string;
  sourceId: string;
  actorId: string | null;
  note?: string | null;
}

export interface Award extends Source {
  userId: string;
  amount: number;
  kind: 'earn_wish' | 'earn_service';
  earnedAt?: Date;
}

export interface Spend extends Source {
  userId: string;
  amount: number;
}

export interface Adjustment extends Source {
  userId: string;
  delta: number;
}

/**
 * Every change to a balance goes through here, inside the caller's transaction (pass its
 * EntityManager). Credits create lots that expire by the community's rule; debits consume lots
 * soonest-expiring first and record which; refunds restore exactly those lots.
 */
@Injectable()
export class PointsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly accounts: AccountsService,
    private readonly rules: PointRulesService,
    private readonly communities: CommunitiesService,
  ) {}

  /** Issues earned points to a member (wish feedback, service hours). */
  async award(m: EntityManager, a: Award): Promise<PointTransfer> {
    return this.credit(m, a, a.amount, a.kind, a.earnedAt);
  }

  /** Locks a member's account row for the rest of the transaction (creating it if needed). */
  async lockMember(m: EntityManager, communityId: string, userId: string): Promise<void> {
    await this.accounts.lockMember(m, communityId, userId);
  }

  /**
   * Awards earned points unless the volunteer's monthly cap or the community's monthly budget
   * (from `rules`) would be exceeded; then nothing is posted and the reason is returned. The
   * member and issuance accounts are locked first, so concurrent awards see each other's sums.
   */
  async awardWithinCaps(
    m: EntityManager,
    a: Award,
    caps: { volunteerMonthlyCap: number | null; monthlyIssuanceBudget: number | null },
    monthStart: Date,
  ): Promise<{ transfer: PointTransfer | null; capped: 'volunteer_cap' | 'budget' | null }> {
    const member = await this.accounts.lockMember(m, a.communityId, a.userId);
    const issuance = await this.accounts.systemId(m, a.communityId, 'issuance');
    await this.accounts.lock(m, issuance);
    const since = toDbTime(monthStart);
    const earned = async (column: 'to_account_id' | 'from_account_id', accountId: string) => {
      const [row] = await m.query<{ total: number | string | null }[]>(
        `SELECT COALESCE(SUM(amount), 0) AS total FROM point_transfers
         WHERE ${column} = ? AND created_at >= ? AND kind IN ('earn_wish', 'earn_service')`,
        [accountId, since],
      );
      return Number(row?.total ?? 0);
    };
    if (
      caps.volunteerMonthlyCap !== null &&
      (await earned('to_account_id', member.id)) + a.amount > caps.volunteerMonthlyCap
    ) {
      return { transfer: null, capped: 'volunteer_cap' };
    }
    if (
      caps.monthlyIssuanceBudget !== null &&
      (await earned('from_account_id', issuance)) + a.amount > caps.monthlyIssuanceBudget
    ) {
      return { transfer: null, capped: 'budget' };
    }
    return { transfer: await this.award(m, a), capped: null };
  }

  /** Spends a member's points in the store (a redemption). */
  async spend(m: EntityManager, s: Spend): Promise<PointTransfer> {
    const member = await this.accounts.member(m, s.communityId, s.userId);
    const store = await this.accounts.systemId(m, s.communityId, 'store');
    // The store account is the row every redemption in a community writes: it is touched last,
    // so its lock is held only from its update to the commit. The member's lots go first.
    const transferId = newId();
    await this.consumeLots(m, member.id, transferId, s.amount);
    return this.ledger.transfer(m, {
      ...s,
      id: transferId,
      kind: 'redeem',
      amount: s.amount,
      from: { id: member.id, isMember: true, lifetime: { spent: s.amount } },
      to: { id: store, isMember: false },
    });
  }

  /** Reverses a redemption: the points go back into exactly the lots that paid for it. */
  async refund(m: EntityManager, source: Source): Promise<PointTransfer> {
    const original = await m.findOneOrFail(PointTransfer, {
      where: { kind: 'redeem', sourceType: source.sourceType, sourceId: source.sourceId },
    });
    const transfer = await this.ledger.transfer(m, {
      ...source,
      kind: 'refund',
      amount: original.amount,
      from: { id: original.toAccountId, isMember: false },
      to: { id: original.fromAccountId, isMember: true, lifetime: { spent: -original.amount } },
    });
    const allocations = await m.find(LotAllocation, { where: { transferId: original.id } });
    for (const [lotId, amount] of restoration(allocations)) {
      await m
        .createQueryBuilder()
        .update(PointLot)
        .set({ remaining: () => 'remaining + :amount', updatedAt: new Date() })
        .where('id = :id', { id: lotId })
        .setParameters({ amount })
        .execute();
    }
    return transfer;
  }

  /** A staff correction: positive credits a new lot, negative consumes lots and never overdraws. */
  async adjust(m: EntityManager, a: Adjustment): Promise<PointTransfer> {
    if (a.delta > 0) return this.credit(m, a, a.delta, 'adjust');
    const amount = -a.delta;
    const member = await this.accounts.member(m, a.communityId, a.userId);
    const issuance = await this.accounts.systemId(m, a.communityId, 'issuance');
    const transfer = await this.ledger.transfer(m, {
      ...a,
      kind: 'adjust',
      amount,
      from: { id: member.id, isMember: true, lifetime: { earned: -amount } },
      to: { id: issuance, isMember: false },
    });
    await this.consumeLots(m, member.id, transfer.id, amount);
    return transfer;
  }

  /**
   * Expires what is left of one lot, if it is still due at `now`. Locks the account first, as
   * every posting does, then re-reads the lot: a spend or another instance may have got there.
   */
  async expireLot(m: EntityManager, lotId: string, now: Date): Promise<PointTransfer | null> {
    const peek = await m.findOne(PointLot, { where: { id: lotId } });
    if (!peek) return null;
    await this.accounts.lock(m, peek.accountId);
    const lot = await forUpdate(
      m,
      m.createQueryBuilder(PointLot, 'l').where('l.id = :id', { id: lotId }),
    ).getOne();
    if (!lot || lot.remaining <= 0 || !lot.expiresAt || lot.expiresAt > now) return null;
    const expired = await this.accounts.systemId(m, lot.communityId, 'expired');
    const transfer = await this.ledger.transfer(m, {
      communityId: lot.communityId,
      kind: 'expire',
      sourceType: 'lot',
      sourceId: `${lot.id}:${lot.expireCount + 1}`,
      amount: lot.remaining,
      from: { id: lot.accountId, isMember: true },
      to: { id: expired, isMember: false },
      actorId: null,
      note: `Expired on ${lot.expiresAt.toISOString().slice(0, 10)}`,
    });
    const changed = await m
      .createQueryBuilder()
      .update(PointLot)
      .set({ remaining: 0, expireCount: () => 'expire_count + 1', updatedAt: now })
      .where('id = :id AND remaining = :remaining', { id: lot.id, remaining: lot.remaining })
      .execute();
    if (affected(changed) !== 1) throw new Error(`Lot ${lot.id} changed while expiring`);
    return transfer;
  }

  private async credit(
    m: EntityManager,
    src: Source & { userId: string },
    amount: number,
    kind: 'earn_wish' | 'earn_service' | 'adjust',
    earnedAt = new Date(),
  ): Promise<PointTransfer> {
    const [{ version, rules }, timeZone] = await Promise.all([
      this.rules.current(src.communityId, m),
      this.communities.timeZone(src.communityId),
    ]);
    const member = await this.accounts.member(m, src.communityId, src.userId);
    const issuance = await this.accounts.systemId(m, src.communityId, 'issuance');
    const transfer = await this.ledger.transfer(m, {
      ...src,
      kind,
      amount,
      from: { id: issuance, isMember: false },
      to: { id: member.id, isMember: true, lifetime: { earned: amount } },
      ruleVersion: version,
    });
    const now = new Date();
    await m.insert(PointLot, {
      id: newId(),
      communityId: src.communityId,
      accountId: member.id,
      transferId: transfer.id,
      amount,
      remaining: amount,
      expiresAt: expiryFor(rules.expiry, earnedAt, timeZone),
      expireCount: 0,
      createdAt: now,
      updatedAt: now,
    });
    return transfer;
  }

  private async consumeLots(
    m: EntityManager,
    accountId: string,
    transferId: string,
    amount: number,
  ) {
    // Every open lot holds at least one point, so `amount` lots always suffice: the read (and
    // its lock) stays small however long the member's history is.
    const rows = await m.query<
      { id: string; remaining: number | string; expires_at: Date | string | null }[]
    >(
      `SELECT id, remaining, expires_at FROM point_lots
       WHERE account_id = ? AND remaining > 0
       ORDER BY CASE WHEN expires_at IS NULL THEN 1 ELSE 0 END, expires_at, id
       LIMIT ?${lockingClause(m)}`,
      [accountId, amount],
    );
    const lots = rows.map((r) => ({
      id: r.id,
      remaining: Number(r.remaining),
      expiresAt: r.expires_at === null ? null : fromDbTime(r.expires_at),
    }));
    // Lots always add up to the balance (ledger:verify checks it), so lots that fall short
    // mean the balance does too; the conditional balance update would refuse it as well.
    if (lots.reduce((sum, l) => sum + l.remaining, 0) < amount)
      throw new InsufficientPointsError(amount);
    const allocations = allocate(lots, amount);
    for (const a of allocations) {
      const changed = await m
        .createQueryBuilder()
        .update(PointLot)
        .set({ remaining: () => 'remaining - :take', updatedAt: new Date() })
        .where('id = :id AND remaining >= :take', { id: a.lotId })
        .setParameters({ take: a.amount })
        .execute();
      if (affected(changed) !== 1) throw new Error(`Lot ${a.lotId} changed while spending`);
    }
    await m.insert(
      LotAllocation,
      allocations.map((a) => ({ id: newId(), transferId, lotId: a.lotId, amount: a.amount })),
    );
  }
}
