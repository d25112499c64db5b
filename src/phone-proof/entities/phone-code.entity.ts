import { Column, Entity } from 'typeorm';
import { RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

/** The one SMS code a member may have outstanding: a new request replaces it. */
@Entity('phone_codes')
export class PhoneCode extends Timestamped {
  @RefColumn({ primary: true }) userId: string;
  /** SHA-256 of the user id and the code: the code itself is never stored. */
  @Column({ type: 'varchar', length: 64 }) codeHash: string;
  @TimeColumn() expiresAt: Date;
}
