import { createHmac } from 'node:crypto';
import { DateTime } from 'luxon';

/** Codes rotate every 30 s and each is accepted for 60 s: its own step and the next. */
export const CODE_STEP_SECONDS = 30;
export const CODE_VALID_SECONDS = 60;
/** Volunteers may check in this long before the start. */
export const EARLY_CHECK_IN_MINUTES = 30;
/** An attendance with no check-out this long after the end closes at the end, flagged. */
export const AUTO_CLOSE_HOURS = 24;
/** No activity lasts longer than a day: no attendance can be worth more. */
export const MAX_ACTIVITY_HOURS = 24;

/**
 * The earliest instant activities and self-reports may lie at: the start of the local day
 * `days` days before today, in the community's time zone.
 */
export function backfillStart(now: Date, timeZone: string, days: number): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').minus({ days }).toJSDate();
}

/** The local date (YYYY-MM-DD) an instant falls on in the community's time zone. */
export const localDay = (at: Date, timeZone: string): string =>
  DateTime.fromJSDate(at, { zone: timeZone }).toISODate()!;

const stepOf = (at: Date) => Math.floor(at.getTime() / 1000 / CODE_STEP_SECONDS);

function codeFor(secret: string, activityId: string, step: number): string {
  const digest = createHmac('sha256', secret).update(`${activityId}:${step}`).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The code the organiser shows now, and when it stops being accepted. */
export function currentCode(
  secret: string,
  activityId: string,
  now: Date,
): { code: string; expiresAt: Date } {
  const step = stepOf(now);
  return {
    code: codeFor(secret, activityId, step),
    expiresAt: new Date(step * CODE_STEP_SECONDS * 1000 + CODE_VALID_SECONDS * 1000),
  };
}

/** True for the code of this step or the previous one (so every code lives 60 s). */
export function isValidCode(secret: string, activityId: string, code: string, now: Date): boolean {
  const step = stepOf(now);
  return [step, step - 1].some((s) => codeFor(secret, activityId, s) === code);
}

/** Whole minutes between check-in and check-out, clipped to the activity's window. */
export function attendedMinutes(
  checkIn: Date,
  checkOut: Date,
  startsAt: Date,
  endsAt: Date,
): number {
  const from = Math.max(checkIn.getTime(), startsAt.getTime());
  const to = Math.min(checkOut.getTime(), endsAt.getTime());
  return Math.max(0, Math.floor((to - from) / 60_000));
}

/** Minutes of the activity that have happened by `now`: the most an attendance can be worth. */
export const elapsedMinutes = (startsAt: Date, endsAt: Date, now: Date): number =>
  attendedMinutes(startsAt, now, startsAt, endsAt);

/** Minutes of service that lie on one local day. */
export interface DayMinutes {
  day: string;
  minutes: number;
}

/**
 * Splits `minutes` of service counted from `from` within [from, to] over the local days they
 * lie on: a check-in at 23:40 for an activity from 00:10 to 02:00 is 110 minutes of the next
 * day, and 23:00–01:00 is 60 + 60. Whole minutes are counted from `from` as `attendedMinutes`
 * counts them, so the parts add up to `minutes`; corrected (fewer) minutes are taken from the
 * start, so no day gets more than lies on it. Every cap, total and report counts these parts.
 */
export function minutesByDay(
  from: Date,
  to: Date,
  minutes: number,
  timeZone: string,
): DayMinutes[] {
  const start = from.getTime();
  if (minutes > Math.floor((to.getTime() - start) / 60_000))
    throw new Error(
      `${minutes} minutes do not fit between ${from.toISOString()} and ${to.toISOString()}`,
    );
  const countedBy = (at: number) =>
    Math.min(minutes, Math.floor((Math.min(at, to.getTime()) - start) / 60_000));
  const parts: DayMinutes[] = [];
  let day = DateTime.fromJSDate(from, { zone: timeZone }).startOf('day');
  for (let before = 0; before < minutes;) {
    const next = day.plus({ days: 1 });
    const through = countedBy(next.toMillis());
    if (through > before) parts.push({ day: day.toISODate()!, minutes: through - before });
    before = through;
    day = next;
  }
  return parts;
}
