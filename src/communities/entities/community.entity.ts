import { Column, Entity } from 'typeorm';
import { IdColumn, Timestamped } from 'src/database/columns';

@Entity('communities')
export class Community extends Timestamped {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Upper-case, unique; residents type it to join. */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timezone: string;
}
