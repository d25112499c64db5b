import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';

export const SYSTEM_ACCOUNTS = ['issuance', 'store', 'expired'] as const;
export type SystemAccount = (typeof SYSTEM_ACCOUNTS)[number];
export type AccountKind = 'member' | SystemAccount;

/**
 * One account per member per community, plus the community's system accounts. `balance` is
 * changed only by conditional updates inside a posting; it always equals the sum of the
 * account's entries (checked by ledger:verify).
 */
@Entity('point_accounts')
@Index('uq_point_accounts_owner', ['communityId', 'ownerKey'], { unique: true })
export class PointAccount extends Timestamped {
  @IdColumn()
  id: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: AccountKind;

  /** The member's user id, or `system:<kind>`. */
  @Column({ type: 'varchar', length: 48 })
  ownerKey: string;

  @RefColumn({ nullable: true })
  userId: string | null;

  @Column({ type: 'int' })
  balance: number;

  @Column({ type: 'int' })
  lifetimeEarned: number;

  @Column({ type: 'int' })
  lifetimeSpent: number;

  /**
   * The month (`YYYY-MM`, community time zone) that `periodEarned` counts: points a member
   * earned by awards, or points the issuance account issued by awards, in that month. The
   * volunteer cap and the community budget read it from the row they lock.
   */
  @Column({ type: 'varchar', length: 7, nullable: true })
  period: string | null;

  @Column({ type: 'int', default: 0 })
  periodEarned: number;
}
