import { Column, Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, RefColumn } from 'src/database/columns';

export const TRANSFER_KINDS = [
  'earn_wish',
  'earn_service',
  'redeem',
  'refund',
  'adjust',
  'expire',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/**
 * One posting: a positive amount moved between two accounts, written as two entries. The
 * unique (kind, source type, source id) makes every source post at most once.
 */
@Entity('point_transfers')
@Index('uq_point_transfers_source', ['kind', 'sourceType', 'sourceId'], { unique: true })
@Index('idx_point_transfers_community', ['communityId', 'id'])
@Index('idx_point_transfers_to', ['toAccountId', 'createdAt'])
@Index('idx_point_transfers_from', ['fromAccountId', 'createdAt'])
export class PointTransfer extends CreatedStamped {
  @IdColumn()
  id: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: TransferKind;

  @Column({ type: 'varchar', length: 32 })
  sourceType: string;

  @Column({ type: 'varchar', length: 80 })
  sourceId: string;

  @Column({ type: 'int' })
  amount: number;

  @RefColumn()
  fromAccountId: string;

  @RefColumn()
  toAccountId: string;

  @RefColumn({ nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'int', nullable: true })
  ruleVersion: number | null;
}
