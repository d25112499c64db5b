import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { bool } from 'src/database/migrations/schema-helpers';

/**
 * Issue 27: a member's spendable lots are found by `is_open` (remaining > 0) instead of by
 * `remaining` itself, so a spend that leaves points in a lot no longer rewrites the index
 * entry that other members' lot scans pass over (it made neighbouring spends deadlock).
 */
export class OpenLots1765100000000 implements MigrationInterface {
  name = 'OpenLots1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('point_lots', new TableColumn(bool('is_open', true)));
    await q.query('UPDATE point_lots SET is_open = CASE WHEN remaining > 0 THEN 1 ELSE 0 END');
    await q.dropIndex('point_lots', 'idx_point_lots_account');
    await q.createIndex(
      'point_lots',
      new TableIndex({
        name: 'idx_point_lots_open',
        columnNames: ['account_id', 'is_open', 'expires_at'],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('point_lots', 'idx_point_lots_open');
    await q.createIndex(
      'point_lots',
      new TableIndex({
        name: 'idx_point_lots_account',
        columnNames: ['account_id', 'expires_at', 'remaining'],
      }),
    );
    await q.dropColumn('point_lots', 'is_open');
  }
}
