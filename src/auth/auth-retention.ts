import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RETENTION } from 'src/common/retention/retention-periods';
import { olderThan, RetentionRegistry } from 'src/common/retention/retention.registry';
import { pruneInBatches } from 'src/database/prune';

/** Refresh tokens go a week after they expire (a reused one past that is simply unknown). */
@Injectable()
export class AuthRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RetentionRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      olderThan((...a) => pruneInBatches(this.dataSource, ...a), {
        name: 'refresh tokens',
        table: 'refresh_tokens',
        column: 'expires_at',
        days: RETENTION.refreshTokenDays,
      }),
    );
  }
}
