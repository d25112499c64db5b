import { Injectable } from '@nestjs/common';

/**
 * Where the application reads "now" for every rule that depends on time: expiry, check-in
 * windows, card lifetimes, monthly caps, backfill windows, pickup deadlines. One injectable
 * class, so a test can stand at the second before or after a boundary by replacing `now`
 * (`jest.spyOn(app.get(Clock), 'now')`) without a fake-timer library in production code.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
