import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Timestamped, UUID_LENGTH } from 'src/database/columns';

export const DEFAULT_QUIET_START = '22:00';
export const DEFAULT_QUIET_END = '07:00';

/** A user's choices; a user without a row has the defaults (inbox on, SMS off, 22:00–07:00). */
@Entity('notification_preferences')
export class NotificationPreference extends Timestamped {
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH }) userId: string;
  @Column({ type: 'boolean', default: true }) inbox: boolean;
  @Column({ type: 'boolean', default: false }) sms: boolean;
  /** Quiet hours, HH:mm in the community's time zone; SMS that can wait are held. */
  @Column({ type: 'varchar', length: 5 }) quietStart: string;
  @Column({ type: 'varchar', length: 5 }) quietEnd: string;
}
