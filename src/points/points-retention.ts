import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { RETENTION } from 'src/common/retention/retention-periods';
import { RetentionRegistry } from 'src/common/retention/retention.registry';
import { pruneInBatches } from 'src/database/prune';

/**
 * The pair cap's month rows are keyed by the resident's phone and read only for the current
 * month: rows of months before the previous one go.
 */
@Injectable()
export class PointsRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RetentionRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'pair months',
      sweep: (now) =>
        pruneInBatches(this.dataSource, 'point_pair_months', 'id', 'period < ?', [
          DateTime.fromJSDate(now, { zone: 'UTC' })
            .minus({ months: RETENTION.pairMonthKeepMonths - 1 })
            .minus({ days: 1 })
            .toFormat('yyyy-MM'),
        ]),
    });
  }
}
