import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn, Timestamped } from 'src/database/columns';

export const DELIVERY_CHANNELS = ['webhook', 'sms'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * A message that leaves the system (a webhook call, an SMS), sent by whichever dispatcher
 * claims it. `dedupeKey` is unique: event × channel × target, or a digest's key, so a
 * notification exists once however many dispatchers fan the same event out.
 */
@Entity('deliveries')
@Index('uq_deliveries_dedupe', ['dedupeKey'], { unique: true })
@Index('idx_deliveries_due', ['status', 'nextAttemptAt'])
@Index('idx_deliveries_target', ['target', 'id'])
export class Delivery extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  /** The (first) event it tells of; a digest gathers later ones by `itemCount`. */
  @RefColumn() eventId: string;
  @Column({ type: 'varchar', length: 16 }) channel: DeliveryChannel;
  /** The webhook's id, or for SMS `user:<id>` / `wish:<id>` (the phone is read when sending). */
  @Column({ type: 'varchar', length: 48 }) target: string;
  @Column({ type: 'varchar', length: 160 }) dedupeKey: string;
  @Column({ type: 'varchar', length: 48 }) kind: string;
  /** Webhooks: the exact JSON body signed and sent. SMS: the message (JSON of SmsMessage). */
  @Column({ type: 'text' }) payload: string;
  @Column({ type: 'int', default: 1 }) itemCount: number;
  @Column({ type: 'varchar', length: 16 }) status: DeliveryStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  /** Not before: back-off after a failure, the end of quiet hours, or a digest's hour. */
  @TimeColumn() nextAttemptAt: Date;
  @RefColumn({ nullable: true }) claimToken: string | null;
  @TimeColumn({ nullable: true }) claimedUntil: Date | null;
  @Column({ type: 'int', nullable: true }) lastStatusCode: number | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) lastError: string | null;
  @TimeColumn({ nullable: true }) sentAt: Date | null;
}
