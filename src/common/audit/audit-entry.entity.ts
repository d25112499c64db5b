import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, CreatedStamped } from 'src/database/columns';

@Entity('audit_log')
@Index('idx_audit_log_community', ['communityId', 'id'])
@Index('idx_audit_log_target', ['targetType', 'targetId'])
export class AuditEntry extends CreatedStamped {
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  communityId: string | null;

  @RefColumn({ nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  targetType: string;

  @Column({ type: 'varchar', length: 64 })
  targetId: string;

  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
