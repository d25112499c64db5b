import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn } from 'src/database/columns';

/** Which lots paid for a debit, so that a refund restores exactly those lots. */
@Entity('point_lot_allocations')
@Index('idx_point_lot_allocations_transfer', ['transferId'])
export class LotAllocation {
  @IdColumn()
  id: string;

  @RefColumn()
  transferId: string;

  @RefColumn()
  lotId: string;

  @Column({ type: 'int' })
  amount: number;
}
