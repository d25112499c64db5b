import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { RetentionRegistry } from 'src/common/retention/retention.registry';

/** The hourly retention sweep: every registered rule, once per hour across instances. */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly registry: RetentionRegistry,
    private readonly jobs: JobRunsService,
  ) {}

  @Cron('45 * * * *', { name: 'retention' })
  async hourly(): Promise<void> {
    await this.jobs.hourly('retention', this.logger, (now) => this.sweep(now));
  }

  /**
   * Runs every rule at `now`. Each is idempotent and safe beside another instance's sweep (a
   * conditional erase, a delete by key), so a run the job claim did not stop does no harm.
   */
  async sweep(now: Date): Promise<{ counts: Record<string, number>; summary: string }> {
    const counts: Record<string, number> = {};
    for (const rule of this.registry.all()) counts[rule.name] = await rule.sweep(now);
    const done = Object.entries(counts).filter(([, n]) => n > 0);
    return {
      counts,
      summary: done.length
        ? `retention: ${done.map(([name, n]) => `${n} ${name}`).join(', ')}`
        : 'retention: nothing due',
    };
  }
}
