import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { time } from 'src/database/migrations/schema-helpers';

/** Issue 30, retention: when a wish's contact was erased, and the indexes each sweep reads by. */
const INDEXES: [string, string, string[]][] = [
  ['wishes', 'idx_wishes_erasable', ['contact_erased_at', 'status', 'closed_at']],
  ['refresh_tokens', 'idx_refresh_tokens_expiry', ['expires_at']],
  ['idempotency_keys', 'idx_idempotency_keys_created', ['created_at']],
  ['attempt_counters', 'idx_attempt_counters_window', ['window_start']],
  ['notifications', 'idx_notifications_created', ['created_at']],
  ['deliveries', 'idx_deliveries_settled', ['status', 'updated_at']],
  ['point_pair_months', 'idx_point_pair_months_period', ['period']],
  ['phone_codes', 'idx_phone_codes_expiry', ['expires_at']],
];

export class Retention1765500000000 implements MigrationInterface {
  name = 'Retention1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('wishes', new TableColumn(time('contact_erased_at', true)));
    for (const [table, name, columnNames] of INDEXES)
      await q.createIndex(table, new TableIndex({ name, columnNames }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name] of [...INDEXES].reverse()) await q.dropIndex(table, name);
    await q.dropColumn('wishes', 'contact_erased_at');
  }
}
