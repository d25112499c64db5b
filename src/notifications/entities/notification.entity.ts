import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn } from 'src/database/columns';

/** One line of a user's inbox: written once per event and user by the dispatcher. */
@Entity('notifications')
@Index('uq_notifications_event_user', ['eventId', 'userId'], { unique: true })
@Index('idx_notifications_user', ['userId', 'id'])
@Index('idx_notifications_unread', ['userId', 'readAt'])
export class Notification {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() userId: string;
  @RefColumn() eventId: string;
  /** The domain event type it tells of. */
  @Column({ type: 'varchar', length: 48 }) kind: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'varchar', length: 500 }) body: string;
  /** Where in the app to look (a path such as `/app/wishes/<id>`). */
  @Column({ type: 'varchar', length: 300 }) link: string;
  @TimeColumn({ nullable: true }) readAt: Date | null;
  @TimeColumn() createdAt: Date;
}
