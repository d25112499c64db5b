import { Injectable, Logger } from '@nestjs/common';
import { Clock } from 'src/common/clock/clock';
import { JobRun } from 'src/common/jobs/job-run.entity';
import { newId } from 'src/common/ids';
import { isUniqueViolation } from 'src/database/db-errors';
import { TransactionService } from 'src/database/transaction.service';

/**
 * Periodic jobs claim each (job, period) with a unique row, so when several instances fire the
 * same schedule exactly one of them runs it.
 */
@Injectable()
export class JobRunsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly clock: Clock,
  ) {}

  /** An hourly job: claims the current UTC hour, runs, and logs what it did. */
  async hourly(
    job: string,
    logger: Logger,
    work: (now: Date) => Promise<{ summary: string }>,
  ): Promise<void> {
    const now = this.clock.now();
    const result = await this.runOnce(job, now.toISOString().slice(0, 13), () => work(now));
    if (result) logger.log(result.summary);
  }

  /** Runs `work` if this instance wins the claim; returns undefined when another instance did. */
  async runOnce<T extends { summary: string }>(
    job: string,
    period: string,
    work: () => Promise<T>,
  ): Promise<T | undefined> {
    const id = newId();
    try {
      await this.tx.run((m) =>
        m.insert(JobRun, {
          id,
          job,
          period,
          finishedAt: null,
          summary: null,
          createdAt: new Date(),
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err)) return undefined;
      throw err;
    }
    const result = await work();
    await this.tx.run((m) =>
      m.update(JobRun, { id }, { finishedAt: new Date(), summary: result.summary.slice(0, 200) }),
    );
    return result;
  }
}
