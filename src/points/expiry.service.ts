import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, MoreThan } from 'typeorm';
import { JobRunsService } from 'src/common/jobs/job-runs.service';
import { TransactionService } from 'src/database/transaction.service';
import { PointLot } from 'src/points/entities/point-lot.entity';
import { PointsService } from 'src/points/points.service';

const BATCH = 500;

export interface ExpiryResult {
  lots: number;
  points: number;
  summary: string;
}

/**
 * Expires lots whose date has passed. Runs hourly (expiry instants are local midnights, which
 * fall on different UTC hours per community); each hour is claimed once across instances, and
 * each lot is expired in its own small transaction by a conditional update, so a lot is never
 * expired twice even if two runs overlap.
 */
@Injectable()
export class ExpiryService {
  private readonly logger = new Logger('PointsExpiry');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly points: PointsService,
    private readonly jobs: JobRunsService,
  ) {}

  @Cron('5 * * * *', { name: 'points-expiry' })
  async hourly(): Promise<void> {
    await this.jobs.hourly('points-expiry', this.logger, (now) => this.expireDue(now));
  }

  /** Expires every lot due at `now`; safe to call concurrently. */
  async expireDue(now: Date): Promise<ExpiryResult> {
    let lots = 0;
    let points = 0;
    let afterId = '';
    for (;;) {
      const due = await this.dataSource.manager.find(PointLot, {
        select: { id: true },
        where: { expiresAt: LessThanOrEqual(now), remaining: MoreThan(0), id: MoreThan(afterId) },
        order: { id: 'ASC' },
        take: BATCH,
      });
      for (const { id } of due) {
        const transfer = await this.tx.run((m) => this.points.expireLot(m, id, now));
        if (transfer) {
          lots++;
          points += transfer.amount;
        }
      }
      if (due.length < BATCH) break;
      afterId = due[due.length - 1].id;
    }
    return { lots, points, summary: `expired ${points} points in ${lots} lots` };
  }
}
