import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { id, ref, str, text, time, timestamps } from 'src/database/migrations/schema-helpers';

/** Grid-rating snapshots and settings, and the indexes the reports read by date. */
export class Reports1764300000000 implements MigrationInterface {
  name = 'Reports1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'grid_rating_snapshots',
        columns: [
          id(),
          ref('community_id'),
          str('period', 7),
          ref('grid_id'),
          text('rating'),
          ref('frozen_by', true),
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_grid_rating_snapshots',
            columnNames: ['community_id', 'period', 'grid_id'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'grid_rating_configs',
        columns: [id('community_id'), text('config'), ref('updated_by', true), ...timestamps()],
      }),
    );
    const indexes: [string, string, string[]][] = [
      ['wishes', 'idx_wishes_due', ['community_id', 'due_at']],
      ['wishes', 'idx_wishes_closed', ['community_id', 'closed_at']],
      ['wishes', 'idx_wishes_created', ['community_id', 'created_at']],
      ['attendances', 'idx_attendances_community', ['community_id', 'check_in_at']],
      ['service_records', 'idx_service_records_date', ['community_id', 'service_date']],
      // Covering: the dashboard's sums by kind and the points leaderboard read only this index.
      [
        'point_transfers',
        'idx_point_transfers_created',
        ['community_id', 'created_at', 'kind', 'amount', 'to_account_id'],
      ],
      ['wishes', 'idx_wishes_completed_at', ['community_id', 'completed_at', 'claimer_id']],
      ['wishes', 'idx_wishes_follow_up', ['community_id', 'follow_up_open']],
      ['redemptions', 'idx_redemptions_created', ['community_id', 'created_at']],
    ];
    for (const [table, name, columnNames] of indexes) {
      await q.createIndex(table, new TableIndex({ name, columnNames }));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name] of [
      ['redemptions', 'idx_redemptions_created'],
      ['point_transfers', 'idx_point_transfers_created'],
      ['wishes', 'idx_wishes_completed_at'],
      ['wishes', 'idx_wishes_follow_up'],
      ['service_records', 'idx_service_records_date'],
      ['attendances', 'idx_attendances_community'],
      ['wishes', 'idx_wishes_created'],
      ['wishes', 'idx_wishes_closed'],
      ['wishes', 'idx_wishes_due'],
    ]) {
      await q.dropIndex(table, name);
    }
    await q.dropTable('grid_rating_configs');
    await q.dropTable('grid_rating_snapshots');
  }
}
