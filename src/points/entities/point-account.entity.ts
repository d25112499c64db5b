import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';

export const SYSTEM_ACCOUNTS = ['issuance', 'store', 'expired'] as const;
export type SystemAccount = (typeof SYSTEM_ACCOUNTS)[number];
export type AccountKind = 'member' | SystemAccount;

/**
 * One account per member per community, plus the community's system accounts. A member's
 * `balance` is changed only by conditional updates inside a posting and always equals the sum of
 * the account's entries (checked by ledger:verify). A system account's row only names it: its
 * balance is the sum of its entries and its row's totals stay 0, so no posting updates a row
 * that every posting of the community would update.
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
   * earned by awards in that month. The volunteer cap reads it from the row it locks.
   */
  @Column({ type: 'varchar', length: 7, nullable: true })
  period: string | null;

  @Column({ type: 'int', default: 0 })
  periodEarned: number;
}
