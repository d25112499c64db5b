import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

export const ITEM_KINDS = ['goods', 'service', 'honor'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const LIMIT_PERIODS = ['day', 'month', 'year'] as const;
export type LimitPeriod = (typeof LIMIT_PERIODS)[number];

/** Goods carry stock; services are booked into slots; honours have neither. */
@Entity('store_items')
@Index('idx_store_items_community', ['communityId', 'active', 'id'])
export class StoreItem extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;
  @Column({ type: 'varchar', length: 16 }) kind: ItemKind;
  @Column({ type: 'int' }) pricePoints: number;
  /** Goods only; changed by conditional updates, never below zero. */
  @Column({ type: 'int', nullable: true }) stock: number | null;
  @Column({ type: 'int', nullable: true }) perMemberLimit: number | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) limitPeriod: LimitPeriod | null;
  @Column({ type: 'boolean' }) active: boolean;
  @TimeColumn({ nullable: true }) activeFrom: Date | null;
  @TimeColumn({ nullable: true }) activeUntil: Date | null;
}
