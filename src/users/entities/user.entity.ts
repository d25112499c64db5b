import { Column, Entity, Index } from 'typeorm';
import {
    IdColumn,
  RefColumn,
  TimeColumn, Timestamped } from 'src/database/columns';
import type { Role } from 'src/users/roles';

@Entity('users')
@Index('idx_users_community', ['communityId', 'id'])
export class User extends Timestamped {
  @IdColumn()
  id: string;

  /** Null only for the platform admin. */
  @RefColumn({ nullable: true })
  communityId: string | null;

  @RefColumn({ nullable: true })
  gridId: string | null;

  @Column({ type: 'varchar', length: 20, unique: true })
  phone: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'simple-array', length: 200 })
  roles: Role[];

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ type: 'int', default: 0 })
  failedLoginCount: number;

  @TimeColumn({ nullable: true })
  failedLoginWindowStart: Date | null;
}
