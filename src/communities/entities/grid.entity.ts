import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';

@Entity('grids')
@Index('idx_grids_community', ['communityId', 'id'])
export class Grid extends Timestamped {
  @IdColumn()
  id: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Secret carried by the grid's wish-intake QR code. */
  @Column({ type: 'varchar', length: 64, unique: true })
  intakeToken: string;
}
