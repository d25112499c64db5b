import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';
import type { ConsentKind } from 'src/privacy/privacy-notice';

/**
 * A person's current answer to one question of consent — the privacy notice (with the version
 * agreed to) or showing their full name on lists others see — with when they gave it. Every
 * change is also in the audit log.
 */
@Entity('consents')
@Index('uq_consents_user_kind', ['userId', 'kind'], { unique: true })
export class Consent extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() userId: string;
  @Column({ type: 'varchar', length: 32 }) kind: ConsentKind;
  @Column({ type: 'varchar', length: 16, nullable: true }) version: string | null;
  @Column({ type: 'boolean' }) granted: boolean;
}
