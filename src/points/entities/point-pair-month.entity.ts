import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';

/**
 * How many wishes of one resident earned one volunteer points in a month: the pair cap counts
 * here, on a row the awarding transaction locks. The resident is `user:<id>` when the wish's
 * contact phone belongs to a member (whatever channel it came by), else `phone:<digits>`.
 */
@Entity('point_pair_months')
@Index('uq_point_pair_months', ['communityId', 'residentKey', 'volunteerId', 'period'], {
  unique: true,
})
export class PointPairMonth extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @Column({ type: 'varchar', length: 48 }) residentKey: string;
  @RefColumn() volunteerId: string;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'int', default: 0 }) awards: number;
}
