import { DateTime } from 'luxon';
import { ValidationFailedError } from 'src/common/errors/app-error';

export interface Window {
  from: Date;
  to: Date;
  /** Local dates, inclusive, for columns stored as YYYY-MM-DD. */
  fromDay: string;
  toDay: string;
}

/** A month YYYY-MM as [start, next month's start) in the time zone. */
export function monthWindow(period: string, timeZone: string): Window {
  const start = DateTime.fromFormat(period, 'yyyy-MM', { zone: timeZone });
  if (!start.isValid) throw ValidationFailedError.field('period', 'period must be YYYY-MM');
  const end = start.plus({ months: 1 });
  return {
    from: start.toJSDate(),
    to: end.toJSDate(),
    fromDay: start.toISODate(),
    toDay: end.minus({ days: 1 }).toISODate(),
  };
}

/** Days from..to, inclusive, as [from's midnight, the midnight after to). */
export function dayWindow(from: string, to: string, timeZone: string, yearAtMost = true): Window {
  const start = DateTime.fromISO(from, { zone: timeZone });
  const last = DateTime.fromISO(to, { zone: timeZone });
  if (!start.isValid) throw ValidationFailedError.field('from', 'from is not a real date');
  if (!last.isValid) throw ValidationFailedError.field('to', 'to is not a real date');
  if (last < start) throw ValidationFailedError.field('to', 'to must not be before from');
  if (yearAtMost && last.diff(start, 'days').days > 366)
    throw ValidationFailedError.field('to', 'at most one year at a time');
  return {
    from: start.toJSDate(),
    to: last.plus({ days: 1 }).toJSDate(),
    fromDay: from,
    toDay: to,
  };
}
