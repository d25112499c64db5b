import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RETENTION } from 'src/common/retention/retention-periods';
import { olderThan, RetentionRegistry } from 'src/common/retention/retention.registry';
import { pruneInBatches } from 'src/database/prune';

/** The shared infrastructure's records: idempotency answers and attempt counters. */
@Injectable()
export class CommonRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RetentionRegistry,
  ) {}

  onModuleInit(): void {
    const prune = (table: string, key: string, where: string, params: unknown[]) =>
      pruneInBatches(this.dataSource, table, key, where, params);
    this.registry.register(
      olderThan(prune, {
        name: 'idempotency records',
        table: 'idempotency_keys',
        column: 'created_at',
        days: RETENTION.idempotencyDays,
      }),
    );
    this.registry.register(
      olderThan(prune, {
        name: 'attempt counters',
        table: 'attempt_counters',
        key: 'attempt_key',
        column: 'window_start',
        days: RETENTION.attemptCounterDays,
      }),
    );
  }
}
