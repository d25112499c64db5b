import { Column, Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, RefColumn } from 'src/database/columns';

/** The history of a wish, shown on the tracking page. */
@Entity('wish_events')
@Index('idx_wish_events_wish', ['wishId', 'id'])
export class WishEvent extends CreatedStamped {
  @IdColumn() id: string;
  @RefColumn() wishId: string;
  @Column({ type: 'varchar', length: 32 }) type: string;
  @RefColumn({ nullable: true }) actorId: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
}
