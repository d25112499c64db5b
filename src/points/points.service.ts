import { EventsService } from 'src/events/events.service';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { newId } from 'src/common/ids';
import { CommunitiesService } from 'src/communities/communities.service';
import { affected, forUpdate, lockingClause } from 'src/database/locking';
import { fromDbTime, toDbTime } from 'src/database/raw-time';
import { AccountsService } from 'src/points/accounts.service';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { LotAllocation } from 'src/points/entities/lot-allocation.entity';
import { PointLot } from 'src/points/entities/point-lot.entity';
import { PointTransfer } from 'src/points/entities/point-transfer.entity';
import { StatementBatch } from 'src/database/statement-batch';
import { LedgerService } from 'src/points/ledger.service';
import { allocate, lapsedAt, restoration, type LotBalance } from 'src/points/lots';
import { InsufficientPointsError } from 'src/points/points.errors';
import { PointRulesService } from 'src/points/point-rules.service';
import { expiryFor, type ExpiryRule } from 'src/points/rules/point-rules';

interface Source {
  communityId: string;
  sourceType: string;
  sourceId: string;
  actorId: string | null;
  note?: string | null;
}

/** The rules a credit is posted under, read once by the caller. */
export interface CreditTerms {
  ruleVersion: number;
  expiry: ExpiryRule;
  timeZone: string;
  /** For awards: the month (`YYYY-MM`) the amount counts toward, on both accounts. */
  period?: string;
}

export interface Award extends Source {
  userId: string;
  amount: number;
  kind: 'earn_wish' | 'earn_service';
  earnedAt?: Date;
  /** Given by AwardsService, which has read the rules; read here otherwise. */
  terms?: CreditTerms;
}

export interface Spend extends Source {
  userId: string;
  amount: number;
}

export interface Adjustment extends Source {
  userId: string;
  delta: number;
  terms?: CreditTerms;
}

/**
 * Every change to a balance goes through here, inside the caller's transaction (pass its
 * EntityManager). Credits create lots that expire by the community's rule; debits consume lots
 * soonest-expiring first, never one past its expiry, and record which; refunds restore exactly
 * those lots. Who may earn and how much is decided before, by AwardsService.
 */
@Injectable()
export class PointsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly accounts: AccountsService,
    private readonly rules: PointRulesService,
    private readonly communities: CommunitiesService,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  /** Posts earned points to a member (AwardsService has decided the amount); see `spend`. */
  async award(m: EntityManager, a: Award, batch?: StatementBatch): Promise<PointTransfer> {
    const transferId = newId();
    await this.events.publish(
      m,
      {
        type: 'points.earned',
        communityId: a.communityId,
        subject: { type: 'transfer', id: transferId },
        actorId: a.actorId,
        data: { userId: a.userId, points: a.amount, kind: a.kind, sourceType: a.sourceType },
      },
      batch,
    );
    return this.credit(m, a, a.amount, a.kind, a.terms, a.earnedAt, transferId, batch);
  }

  /** Locks a member's account row for the rest of the transaction (creating it if needed). */
  async lockMember(m: EntityManager, communityId: string, userId: string): Promise<void> {
    await this.accounts.lockMember(m, communityId, userId);
  }

  /**
   * Locks a member's account and the lots a spend of `amount` would use, in one statement,
   * before a redemption decides anything: pass the lots on to `spend`.
   */
  async lockForSpend(
    m: EntityManager,
    communityId: string,
    userId: string,
    amount: number,
  ): Promise<LotBalance[]> {
    const { lots } = await this.accounts.lockMemberWithLots(
      m,
      communityId,
      userId,
      amount,
      this.clock.now(),
    );
    return lots;
  }

  /**
   * Spends a member's points in the store (a redemption), from `lots` when the caller locked
   * them already (lockForSpend), else from the lots read and locked here. The writes go into
   * `batch` when given: the caller sends them with its own (see StatementBatch).
   */
  async spend(
    m: EntityManager,
    s: Spend,
    lots?: LotBalance[],
    batch?: StatementBatch,
  ): Promise<PointTransfer> {
    const member = await this.accounts.member(m, s.communityId, s.userId);
    const store = await this.accounts.systemId(m, s.communityId, 'store');
    const transferId = newId();
    const spent = lots ?? (await this.lockLots(m, member.id, s.amount));
    return StatementBatch.within(m, batch, (b) => {
      this.consumeLots(b, transferId, s.amount, spent);
      return this.ledger.transfer(
        m,
        {
          ...s,
          id: transferId,
          kind: 'redeem',
          amount: s.amount,
          from: { id: member.id, isMember: true, lifetime: { spent: s.amount } },
          to: { id: store, isMember: false },
        },
        b,
      );
    });
  }

  /**
   * Reverses a redemption: the points go back into exactly the lots that paid for it. A lot
   * that has passed its expiry meanwhile does not come back to life: what the refund put into
   * it is expired in the same transaction, so the member sees `refund` then `expire`.
   */
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
    const now = this.clock.now();
    for (const [lotId, amount] of restoration(allocations)) {
      await m
        .createQueryBuilder()
        .update(PointLot)
        .set({ remaining: () => 'remaining + :amount', isOpen: true, updatedAt: now })
        .where('id = :id', { id: lotId })
        .setParameters({ amount })
        .execute();
      await this.expireLot(m, lotId, now);
    }
    return transfer;
  }

  /** A staff correction: positive credits a new lot, negative consumes lots and never overdraws. */
  async adjust(m: EntityManager, a: Adjustment): Promise<PointTransfer> {
    if (a.delta > 0) return this.credit(m, a, a.delta, 'adjust', a.terms);
    const amount = -a.delta;
    const member = await this.accounts.member(m, a.communityId, a.userId);
    const issuance = await this.accounts.systemId(m, a.communityId, 'issuance');
    const lots = await this.lockLots(m, member.id, amount);
    return StatementBatch.within(m, undefined, (b) => {
      const transferId = newId();
      this.consumeLots(b, transferId, amount, lots);
      return this.ledger.transfer(
        m,
        {
          ...a,
          id: transferId,
          kind: 'adjust',
          amount,
          from: { id: member.id, isMember: true, lifetime: { earned: -amount } },
          to: { id: issuance, isMember: false },
        },
        b,
      );
    });
  }

  /**
   * Expires what is left of one lot, if it is still due at `now`. Locks the account first, as
   * every posting does, then re-reads the lot: a spend or another instance may have got there.
   */
  async expireLot(m: EntityManager, lotId: string, now: Date): Promise<PointTransfer | null> {
    const peek = await m.findOne(PointLot, { where: { id: lotId } });
    if (!peek?.expiresAt || peek.expiresAt > now) return null;
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
      at: lapsedAt(lot),
    });
    const changed = await m
      .createQueryBuilder()
      .update(PointLot)
      .set({ remaining: 0, isOpen: false, expireCount: () => 'expire_count + 1', updatedAt: now })
      .where('id = :id AND remaining = :remaining', { id: lot.id, remaining: lot.remaining })
      .execute();
    if (affected(changed) !== 1) throw new Error(`Lot ${lot.id} changed while expiring`);
    const account = await m.findOne(PointAccount, {
      select: { userId: true },
      where: { id: lot.accountId },
    });
    await this.events.publish(m, {
      type: 'points.expired',
      communityId: lot.communityId,
      subject: { type: 'transfer', id: transfer.id },
      actorId: null,
      data: { accountId: lot.accountId, userId: account?.userId ?? null, points: lot.remaining },
    });
    return transfer;
  }

  /** The rules a credit in this community is posted under now. */
  async terms(communityId: string, m: EntityManager): Promise<CreditTerms> {
    const [{ version, rules }, timeZone] = await Promise.all([
      this.rules.current(communityId, m),
      this.communities.timeZone(communityId),
    ]);
    return { ruleVersion: version, expiry: rules.expiry, timeZone };
  }

  /** A credit from the issuance account: a lot that expires by the rules, then the transfer. */
  private async credit(
    m: EntityManager,
    src: Source & { userId: string },
    amount: number,
    kind: 'earn_wish' | 'earn_service' | 'adjust',
    given?: CreditTerms,
    earnedAt?: Date,
    transferId: string = newId(),
    batch?: StatementBatch,
  ): Promise<PointTransfer> {
    const terms = given ?? (await this.terms(src.communityId, m));
    const member = await this.accounts.member(m, src.communityId, src.userId);
    const issuance = await this.accounts.systemId(m, src.communityId, 'issuance');
    const now = this.clock.now();
    const expiresAt = expiryFor(terms.expiry, earnedAt ?? now, terms.timeZone);
    return StatementBatch.within(m, batch, (b) => {
      b.add({
        sql: `INSERT INTO point_lots (id, community_id, account_id, transfer_id, amount, remaining,
              is_open, expires_at, expire_count, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 1, ?, 0, ?, ?)`,
        params: [
          newId(),
          src.communityId,
          member.id,
          transferId,
          amount,
          amount,
          expiresAt ? toDbTime(expiresAt) : null,
          toDbTime(now),
          toDbTime(now),
        ],
      });
      return this.ledger.transfer(
        m,
        {
          ...src,
          id: transferId,
          kind,
          amount,
          from: { id: issuance, isMember: false },
          to: { id: member.id, isMember: true, lifetime: { earned: amount }, period: terms.period },
          ruleVersion: terms.ruleVersion,
        },
        b,
      );
    });
  }

  /** Takes `amount` from `lots`, soonest-expiring first, and records which lots paid. */
  private consumeLots(
    batch: StatementBatch,
    transferId: string,
    amount: number,
    lots: LotBalance[],
  ): void {
    // The balance still counts points whose lot has lapsed until the expiry job posts them:
    // lots that fall short mean those points, or too few points altogether.
    if (lots.reduce((sum, l) => sum + l.remaining, 0) < amount)
      throw new InsufficientPointsError(amount);
    const allocations = allocate(lots, amount);
    const now = toDbTime(this.clock.now());
    for (const a of allocations) {
      batch.add({
        // is_open first: MySQL assigns left to right, and it must see the remaining before.
        sql: `UPDATE point_lots SET is_open = CASE WHEN remaining > ? THEN 1 ELSE 0 END,
                remaining = remaining - ?, updated_at = ? WHERE id = ? AND remaining >= ?`,
        params: [a.amount, a.amount, now, a.lotId, a.amount],
        affected: { rows: 1, fail: () => new Error(`Lot ${a.lotId} changed while spending`) },
      });
    }
    batch.add({
      sql: `INSERT INTO point_lot_allocations (id, transfer_id, lot_id, amount)
            VALUES ${allocations.map(() => '(?, ?, ?, ?)').join(', ')}`,
      params: allocations.flatMap((a) => [newId(), transferId, a.lotId, a.amount]),
    });
  }

  private async lockLots(m: EntityManager, accountId: string, amount: number) {
    // Every open lot holds at least one point, so `amount` lots always suffice: the read (and
    // its lock) stays small however long the member's history is. A lot past its expiry is
    // never spent, whether or not the expiry job has reached it yet.
    const rows = await m.query<
      { id: string; remaining: number | string; expires_at: Date | string | null }[]
    >(
      `SELECT id, remaining, expires_at FROM point_lots
       WHERE account_id = ? AND is_open = 1 AND (expires_at IS NULL OR expires_at > ?)
       ORDER BY CASE WHEN expires_at IS NULL THEN 1 ELSE 0 END, expires_at, id
       LIMIT ?${lockingClause(m)}`,
      [accountId, toDbTime(this.clock.now()), amount],
    );
    return rows.map((r) => ({
      id: r.id,
      remaining: Number(r.remaining),
      expiresAt: r.expires_at === null ? null : fromDbTime(r.expires_at),
    }));
  }
}
