import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedStamped, UUID_LENGTH } from 'src/database/columns';

/** At most one per wish: the primary key is the wish id. */
@Entity('wish_feedback')
export class WishFeedback extends CreatedStamped {
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH }) wishId: string;
  @Column({ type: 'int' }) rating: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) comment: string | null;
  @Column({ type: 'boolean', default: false }) auto: boolean;
}
