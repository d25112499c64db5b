import { createHmac, timingSafeEqual } from 'node:crypto';
import type { OutboxEvent } from 'src/notifications/notification-rules';

/** Headers of every webhook call. */
export const WEBHOOK_HEADERS = {
  /** The event's id: the same on every retry and redelivery, for receivers to deduplicate. */
  event: 'x-vp-event-id',
  delivery: 'x-vp-delivery-id',
  /** Unix seconds when this attempt was signed. */
  timestamp: 'x-vp-timestamp',
  /** `sha256=` + hex HMAC-SHA256 of `<timestamp>.<raw body>` with the webhook's secret. */
  signature: 'x-vp-signature',
} as const;

/** The JSON a subscriber receives: the event as published. */
export function webhookBody(e: OutboxEvent): string {
  return JSON.stringify({
    id: e.id,
    type: e.type,
    occurredAt: e.occurredAt.toISOString(),
    communityId: e.communityId,
    subject: { type: e.subjectType, id: e.subjectId },
    actorId: e.actorId,
    data: e.data,
  });
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does (README shows the same in a few lines): recompute the signature over
 * the raw body, compare in constant time, and refuse stale timestamps against replays.
 */
export function verifySignature(
  secret: string,
  headers: { timestamp: string; signature: string },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
