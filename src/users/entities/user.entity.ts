import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';
import type { Role } from 'src/users/roles';

@Entity('users')
@Index('idx_users_community', ['communityId', 'id'])
@Index('idx_users_grid', ['gridId'])
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

  /** Stored comma-separated in a varchar, the same on both engines. */
  @Column({
    type: 'varchar',
    length: 200,
    transformer: {
      to: (roles: unknown) => (Array.isArray(roles) ? roles.join(',') : roles),
      from: (value: string | null) => (value ? (value.split(',') as Role[]) : []),
    },
  })
  roles: Role[];

  /**
   * When the phone was proven this person's: by an SMS code, by staff who added or confirmed the
   * member. Null for a self-registered account until then: anyone can register any number, so
   * wishes given with that number (QR, proxy) attach to the account only once it is proven.
   */
  @TimeColumn({ nullable: true })
  phoneVerifiedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ type: 'int', default: 0 })
  failedLoginCount: number;

  @TimeColumn({ nullable: true })
  failedLoginWindowStart: Date | null;
}
