import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AttemptCounter } from 'src/common/attempts/attempt-counter.entity';
import { Clock } from 'src/common/clock/clock';
import { RateLimitedError } from 'src/common/errors/app-error';
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
 * instances. `guard` refuses a locked-out caller with 429 RATE_LIMITED before the work runs,
 * and counts the attempt when the work fails for a wrong code; the count is written in its own
 * transaction after the work's has ended, so the refusal's rollback cannot undo it.
 */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly clock: Clock,
  ) {}

  async guard<T>(
    keys: AttemptKey[],
    work: () => Promise<T>,
    isWrong: (err: unknown) => boolean,
  ): Promise<T> {
    await this.assertOpen(keys);
    try {
      return await work();
    } catch (err) {
      if (isWrong(err)) await this.fail(keys);
      throw err;
    }
  }

  private windowStart(): Date {
    return new Date(this.clock.now().getTime() - ATTEMPT_WINDOW_MINUTES * 60_000);
  }

  private async assertOpen(keys: AttemptKey[]): Promise<void> {
    const rows = await this.dataSource.manager.find(AttemptCounter, {
      where: { attemptKey: In(keys.map((k) => k.key)) },
    });
    const since = this.windowStart();
    for (const row of rows) {
      const limit = keys.find((k) => k.key === row.attemptKey)!.limit;
      if (row.windowStart >= since && row.failures >= limit) {
        throw new RateLimitedError(
          `Too many wrong codes; try again in ${ATTEMPT_WINDOW_MINUTES} minutes`,
        );
      }
    }
  }

  /** Counts one wrong try on every key; a window older than the limit's starts over. */
  private async fail(keys: AttemptKey[]): Promise<void> {
    const now = this.clock.now();
    await this.tx.run(async (m) => {
      for (const { key } of keys) {
        await m
          .createQueryBuilder()
          .insert()
          .into(AttemptCounter)
          .values({ attemptKey: key, windowStart: now, failures: 0 })
          .orIgnore()
          .execute();
        // MySQL assigns left to right: `failures` must be computed before the window moves.
        await m
          .createQueryBuilder()
          .update(AttemptCounter)
          .set({
            failures: () => 'CASE WHEN window_start < :since THEN 1 ELSE failures + 1 END',
            windowStart: () => 'CASE WHEN window_start < :since THEN :now ELSE window_start END',
          })
          .where('attempt_key = :key', { key })
          .setParameters({ since: this.windowStart(), now })
          .execute();
      }
    });
  }
}
