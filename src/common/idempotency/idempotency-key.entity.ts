import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Timestamped } from 'src/database/columns';

/** The first response to a (caller, Idempotency-Key) pair, replayed for every repeat. */
@Entity('idempotency_keys')
@Index('uq_idempotency_keys_scope', ['scope', 'key'], { unique: true })
export class IdempotencyKey extends Timestamped {
  @IdColumn()
  id: string;

  /** The caller's user id, or `anon:<ip>` on public routes. */
  @Column({ type: 'varchar', length: 80 })
  scope: string;

  @Column({ type: 'varchar', length: 128 })
  key: string;

  /** SHA-256 of method, path and body: the same key with another request is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'varchar', length: 16 })
  state: 'pending' | 'done';

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  responseBody: string | null;
}
