import { Injectable } from '@nestjs/common';
import { AttemptCounter } from 'src/common/attempts/attempt-counter.entity';
import { Clock } from 'src/common/clock/clock';
import { RateLimitedError } from 'src/common/errors/app-error';
import { affected, insertOrIgnore } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';

/** Wrong tries are counted over this window; a locked-out caller waits until it ends. */
export const ATTEMPT_WINDOW_MINUTES = 15;

/**
 * How many wrong tries each secret allows per window, whatever RATE_LIMIT_PER_MINUTE says:
 * - a volunteer's check-in code for one activity (6 digits: the code space is small),
 * - a store staff member's pickup codes, and all of a community's staff together,
 * - tracking codes from one address or one signed-in user.
 */
export const ATTEMPT_LIMITS = {
  checkIn: 5,
  pickupByStaff: 10,
  pickupByCommunity: 30,
  tracking: 10,
} as const;

export interface AttemptKey {
  key: string;
  limit: number;
}

/**
 * Attempt limits on the codes people type, counted in the database so they hold across
 * instances. Every try takes a slot before its work runs, by a conditional increment that
 * never passes the limit, so a burst of parallel guesses gets no more tries than a patient
 * guesser; a try whose code was right gives its slot back. A caller without a slot gets 429
 * RATE_LIMITED. Slots are taken and given back in their own transactions, outside the work's,
 * so the work's rollback cannot undo them.
 */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly clock: Clock,
  ) {}

  async guard<T>(
    keys: AttemptKey[],
    work: () => Promise<T>,
    isWrong: (err: unknown) => boolean,
  ): Promise<T> {
    await this.take(keys);
    let wrong = false;
    try {
      return await work();
    } catch (err) {
      wrong = isWrong(err);
      throw err;
    } finally {
      if (!wrong) await this.giveBack(keys);
    }
  }

  /** Takes a slot that is never given back: every try counts (sending a code, say), or 429. */
  charge(keys: AttemptKey[]): Promise<void> {
    return this.take(keys);
  }

  private windowStart(): Date {
    return new Date(this.clock.now().getTime() - ATTEMPT_WINDOW_MINUTES * 60_000);
  }

  /** One slot on every key, or none and 429; a window older than the limit's starts over. */
  private async take(keys: AttemptKey[]): Promise<void> {
    const now = this.clock.now();
    const since = this.windowStart();
    // The rows first, committed on their own: an insert-or-ignore that met a row holds a shared
    // lock, and two such transactions both updating the row next would deadlock on MariaDB.
    await this.tx.run(async (m) => {
      for (const { key } of keys) {
        await insertOrIgnore(m, AttemptCounter, { attemptKey: key, windowStart: now, failures: 0 });
      }
    });
    await this.tx.run(async (m) => {
      for (const { key, limit } of keys) {
        // MySQL assigns left to right: `failures` must be computed before the window moves.
        const changed = await m
          .createQueryBuilder()
          .update(AttemptCounter)
          .set({
            failures: () => 'CASE WHEN window_start < :since THEN 1 ELSE failures + 1 END',
            windowStart: () => 'CASE WHEN window_start < :since THEN :now ELSE window_start END',
          })
          .where('attempt_key = :key AND (window_start < :since OR failures < :limit)', {
            key,
            limit,
          })
          .setParameters({ since, now })
          .execute();
        // Throwing rolls back the slots already taken on the other keys.
        if (affected(changed) !== 1)
          throw new RateLimitedError(
            `Too many wrong codes; try again in ${ATTEMPT_WINDOW_MINUTES} minutes`,
          );
      }
    });
  }

  /** The code was right (or the try failed for another reason): it costs nothing. */
  private async giveBack(keys: AttemptKey[]): Promise<void> {
    await this.tx.run(async (m) => {
      for (const { key } of keys) {
        await m
          .createQueryBuilder()
          .update(AttemptCounter)
          .set({ failures: () => 'CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END' })
          .where('attempt_key = :key', { key })
          .execute();
      }
    });
  }
}
