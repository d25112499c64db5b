import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

/** A bookable time of a service item; `booked` never exceeds `capacity` (conditional update). */
@Entity('store_slots')
@Index('idx_store_slots_item', ['itemId', 'startsAt'])
export class StoreSlot extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() itemId: string;
  @TimeColumn() startsAt: Date;
  @TimeColumn() endsAt: Date;
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'int' }) booked: number;
}
