import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DAY_MS } from 'src/common/retention/retention-periods';
import { RetentionRegistry } from 'src/common/retention/retention.registry';
import { AppConfig } from 'src/config/app-config';
import { affectedRows } from 'src/database/prune';
import { toDbTime } from 'src/database/raw-time';

const BATCH = 500;

/** What an erased wish says instead of its contact's name. */
export const ERASED_NAME = '（已清除）';

/**
 * Contact details of residents without an account — QR wishes and wishes a grid worker posted
 * for them — are erased RETENTION_QR_CONTACT_DAYS after the wish closed (rated, cancelled or
 * rejected, with no follow-up still open): name, phone and address. The wish, its history,
 * rating and points stay. An erase is a conditional update on rows not yet erased, so two
 * instances sweeping at once erase each wish once.
 */
@Injectable()
export class WishRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RetentionRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'wish contacts erased', sweep: (now) => this.erase(now) });
  }

  async erase(now: Date): Promise<number> {
    const days = this.config.get('RETENTION_QR_CONTACT_DAYS');
    const before = toDbTime(new Date(now.getTime() - days * DAY_MS));
    const due = `contact_erased_at IS NULL AND source IN ('qr', 'proxy') AND follow_up_open = 0 AND (
        (status = 'closed' AND closed_at <= ?) OR (status = 'cancelled' AND cancelled_at <= ?)
        OR (status = 'rejected' AND updated_at <= ?))`;
    const params = [before, before, before];
    let erased = 0;
    for (;;) {
      const rows = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM wishes WHERE ${due} LIMIT ${BATCH}`,
        params,
      );
      if (!rows.length) return erased;
      const ids = rows.map((r) => r.id);
      const result: unknown = await this.dataSource.query(
        `UPDATE wishes SET contact_name = ?, contact_phone = '', address = NULL, contact_erased_at = ?
         WHERE id IN (${ids.map(() => '?').join(', ')}) AND ${due}`,
        [ERASED_NAME, toDbTime(now), ...ids, ...params],
      );
      erased += affectedRows(result, ids.length);
      if (rows.length < BATCH) return erased;
    }
  }
}
