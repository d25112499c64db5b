import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RETENTION } from 'src/common/retention/retention-periods';
import { olderThan, RetentionRegistry } from 'src/common/retention/retention.registry';
import { pruneInBatches } from 'src/database/prune';

/**
 * Inbox notifications go after half a year; delivery records of webhooks and SMS (which name
 * phone numbers and addresses) a month after they were sent or given up — never while pending.
 */
@Injectable()
export class NotificationsRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RetentionRegistry,
  ) {}

  onModuleInit(): void {
    const prune = (...a: [string, string, string, unknown[]]) =>
      pruneInBatches(this.dataSource, ...a);
    this.registry.register(
      olderThan(prune, {
        name: 'notifications',
        table: 'notifications',
        column: 'created_at',
        days: RETENTION.notificationDays,
      }),
    );
    this.registry.register(
      olderThan(prune, {
        name: 'deliveries',
        table: 'deliveries',
        column: 'updated_at',
        days: RETENTION.deliveryDays,
        and: "status IN ('sent', 'dead')",
      }),
    );
  }
}
