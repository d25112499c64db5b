import { Column, Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, RefColumn } from 'src/database/columns';
import type { GridRating } from 'src/reports/grid-rating';

/** A frozen month: later data never changes these rows. */
@Entity('grid_rating_snapshots')
@Index('uq_grid_rating_snapshots', ['communityId', 'period', 'gridId'], { unique: true })
export class GridRatingSnapshot extends CreatedStamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @RefColumn() gridId: string;
  @Column({ type: 'simple-json' }) rating: GridRating;
  @RefColumn({ nullable: true }) frozenBy: string | null;
}
