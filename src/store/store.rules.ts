import { DateTime } from 'luxon';
import { randomCode } from 'src/common/readable-code';
import { AppError } from 'src/common/errors/app-error';
import type { LimitPeriod } from 'src/store/entities/store-item.entity';

export class OutOfStockError extends AppError {
  constructor(what = 'This item') {
    super('OUT_OF_STOCK', `${what} is out of stock`);
  }
}

export class LimitExceededError extends AppError {
  constructor(limit: number, period: LimitPeriod) {
    super('LIMIT_EXCEEDED', `You may redeem at most ${limit} of this item per ${period}`);
  }
}

/** Stock an item may hold, far below what its `int` column holds. */
export const MAX_STOCK = 100_000_000;

/** Days a reserved redemption waits for pickup before it is cancelled and refunded. */
export const PICKUP_WINDOW_DAYS = 14;
/** Minutes a member card token stays valid. */
export const CARD_TTL_SECONDS = 5 * 60;

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 10 characters from 31 unambiguous ones: about 50 bits, read aloud or typed without mix-ups. */
export const newPickupCode = (): string => randomCode(ALPHABET, 10);

/** Start of the current limit period (day, month or year) in the community's time zone. */
export function periodStart(period: LimitPeriod, now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf(period).toJSDate();
}

/** How many more a member may redeem in this period, or null when the item has no limit. */
export function remainingAllowance(limit: number | null, usedThisPeriod: number): number | null {
  return limit === null ? null : Math.max(0, limit - usedThisPeriod);
}
