/**
 * How long personal and technical records are kept (PIPL 第十九条: no longer than the purpose
 * needs). The README's retention table lists these; QR and proxy wishes' contact details follow
 * RETENTION_QR_CONTACT_DAYS (90 by default).
 */
export const RETENTION = {
  /** Refresh tokens, from when they expire (rotated and revoked ones expire too). */
  refreshTokenDays: 7,
  /** Idempotency records (the first answer to a request, replayed for repeats). */
  idempotencyDays: 7,
  /** Attempt counters of codes people type, from the start of their 15-minute window. */
  attemptCounterDays: 1,
  /** SMS codes proving a phone, from when they expire. */
  phoneCodeDays: 1,
  /** Inbox notifications, from when they were written. */
  notificationDays: 180,
  /** Delivery records of webhooks and SMS (they name phone numbers and URLs). */
  deliveryDays: 30,
  /**
   * The resident–volunteer pair cap's monthly rows (keyed by the resident's phone): only the
   * current month is ever read; the one before is kept for time zones behind UTC.
   */
  pairMonthKeepMonths: 2,
} as const;

export const DAY_MS = 86_400_000;
