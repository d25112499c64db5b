import { DateTime } from 'luxon';

/** `HH:mm`, 00:00–23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * When a message that can wait, made at `now`, may go out: `now`, or the end of the quiet
 * hours `start`–`end` (local to `zone`; a window may run past midnight, and start = end means
 * none).
 */
export function afterQuietHours(now: Date, zone: string, start: string, end: string): Date {
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === e) return now;
  const local = DateTime.fromJSDate(now, { zone });
  const m = local.hour * 60 + local.minute;
  const quiet = s < e ? m >= s && m < e : m >= s || m < e;
  if (!quiet) return now;
  const endToday = local.set({
    hour: Math.floor(e / 60),
    minute: e % 60,
    second: 0,
    millisecond: 0,
  });
  return (s > e && m >= s ? endToday.plus({ days: 1 }) : endToday).toJSDate();
}

/** Digest SMS go out at these local hours. */
export const DIGEST_HOURS = [8, 18] as const;

/** The first digest slot strictly after `now`, in `zone`. */
export function nextDigestSlot(now: Date, zone: string): Date {
  const local = DateTime.fromJSDate(now, { zone });
  for (const day of [0, 1]) {
    for (const hour of DIGEST_HOURS) {
      const slot = local.plus({ days: day }).set({ hour, minute: 0, second: 0, millisecond: 0 });
      if (slot > local) return slot.toJSDate();
    }
  }
  throw new Error('unreachable: a digest hour comes within a day');
}
