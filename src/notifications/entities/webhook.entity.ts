import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';
import type { DomainEventType } from 'src/events/domain-events';

/** A community's subscriber: events of the chosen types are POSTed, signed, to `url`. */
@Entity('webhooks')
@Index('idx_webhooks_community', ['communityId', 'id'])
export class Webhook extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @Column({ type: 'varchar', length: 500 }) url: string;
  /** The HMAC key; shown to the admin when set, never listed again. */
  @Column({ type: 'varchar', length: 100 }) secret: string;
  @Column({
    type: 'varchar',
    length: 2000,
    transformer: {
      to: (types: unknown) => (Array.isArray(types) ? types.join(',') : types),
      from: (value: string | null) => (value ? (value.split(',') as DomainEventType[]) : []),
    },
  })
  eventTypes: DomainEventType[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  @RefColumn() createdBy: string;
}
