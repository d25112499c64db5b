/**
 * What happened, as the rest of the system hears it (DESIGN §4, "Events and notifications").
 * Each is written by the service that owns the change, in the change's own transaction.
 */
export const DOMAIN_EVENT_TYPES = [
  'wish.submitted',
  'wish.approved',
  'wish.rejected',
  'wish.claimed',
  'wish.dispatched',
  'wish.released',
  'wish.completed',
  'wish.cancelled',
  'wish.rated',
  'wish.follow_up_opened',
  'wish.follow_up_resolved',
  'attendance.approved',
  'service_record.approved',
  'service_record.rejected',
  'record_correction.accepted',
  'record_correction.refused',
  'volunteer.approved',
  'volunteer.level_reached',
  'volunteer.suspended',
  'points.earned',
  'points.expiring',
  'points.expired',
  'redemption.reserved',
  'redemption.fulfilled',
  'redemption.cancelled',
  'redemption.lapsing',
  'activity.starting',
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export interface DomainEventInput {
  type: DomainEventType;
  communityId: string;
  /**
   * The object that changed: `wish`, `redemption`, `attendance`, `service_record`, `user`,
   * `transfer`, `activity`, `account`, `record_correction`.
   */
  subject: { type: string; id: string };
  /** Who made the change; null for jobs and anonymous residents. */
  actorId: string | null;
  /** What a listener needs to word a message without reading the subject again (no secrets). */
  data?: Record<string, string | number | boolean | null>;
  /**
   * For events a schedule raises (`activity.starting`, `redemption.lapsing`,
   * `points.expiring`): a key that makes a second publication of the same fact a no-op.
   */
  dedupeKey?: string;
}
