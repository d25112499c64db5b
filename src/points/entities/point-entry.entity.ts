import { Column, Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, RefColumn } from 'src/database/columns';
import type { TransferKind } from 'src/points/entities/point-transfer.entity';

/** One side of a transfer. Entries are never updated or deleted. */
@Entity('point_entries')
@Index('idx_point_entries_account', ['accountId', 'id'])
@Index('idx_point_entries_community', ['communityId', 'id'])
@Index('idx_point_entries_transfer', ['transferId'])
export class PointEntry extends CreatedStamped {
  @IdColumn()
  id: string;

  @RefColumn()
  communityId: string;

  @RefColumn()
  transferId: string;

  @RefColumn()
  accountId: string;

  /** Signed: negative on the debited account, positive on the credited one. */
  @Column({ type: 'int' })
  amount: number;

  /**
   * A member account's balance after this entry; empty on a system account's side, whose
   * balance is the sum of its entries and is never kept in a row (no posting updates a row that
   * every posting of the community would have to update).
   */
  @Column({ type: 'int', nullable: true })
  balanceAfter: number | null;

  @Column({ type: 'varchar', length: 16 })
  kind: TransferKind;

  @Column({ type: 'varchar', length: 32 })
  sourceType: string;

  @Column({ type: 'varchar', length: 80 })
  sourceId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}
