import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RETENTION } from 'src/common/retention/retention-periods';
import { olderThan, RetentionRegistry } from 'src/common/retention/retention.registry';
import { pruneInBatches } from 'src/database/prune';

/** SMS codes go a day after they expire. */
@Injectable()
export class PhoneProofRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RetentionRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      olderThan((...a) => pruneInBatches(this.dataSource, ...a), {
        name: 'phone codes',
        table: 'phone_codes',
        key: 'user_id',
        column: 'expires_at',
        days: RETENTION.phoneCodeDays,
      }),
    );
  }
}
