import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RefColumn, Timestamped, UUID_LENGTH } from 'src/database/columns';
import type { RatingConfig } from 'src/reports/grid-rating';

/** A community's own grid-rating weights and cut-offs (defaults apply when absent). */
@Entity('grid_rating_configs')
export class RatingConfigRow extends Timestamped {
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH }) communityId: string;
  @Column({ type: 'simple-json' }) config: RatingConfig;
  @RefColumn({ nullable: true }) updatedBy: string | null;
}
