import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, CreatedStamped } from 'src/database/columns';

/**
 * One refresh token. Only a SHA-256 of its secret is stored. Tokens issued from one login form a
 * family; presenting a token that was already rotated revokes the whole family.
 */
@Entity('refresh_tokens')
@Index('idx_refresh_tokens_family', ['familyId'])
@Index('idx_refresh_tokens_user', ['userId'])
export class RefreshToken extends CreatedStamped {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @RefColumn()
  familyId: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @TimeColumn()
  expiresAt: Date;

  @TimeColumn({ nullable: true })
  usedAt: Date | null;

  @TimeColumn({ nullable: true })
  revokedAt: Date | null;
}
