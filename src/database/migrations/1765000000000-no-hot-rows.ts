import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { id, int, ref, str, timestamps } from 'src/database/migrations/schema-helpers';

/**
 * Issue 27: no posting updates a row every posting of a community updates. A system account's
 * balance becomes the sum of its entries (its row's totals are zeroed, its new entries carry no
 * balance after), and a community's monthly budget is counted on its own row, per month and
 * rules version, only while a budget is set. Existing entries are left as they were written.
 */
export class NoHotRows1765000000000 implements MigrationInterface {
  name = 'NoHotRows1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'point_entries',
      'balance_after',
      new TableColumn({ ...int('balance_after'), isNullable: true }),
    );
    await q.query(
      `UPDATE point_accounts SET balance = 0, lifetime_earned = 0, lifetime_spent = 0,
         period = NULL, period_earned = 0
       WHERE kind <> 'member'`,
    );
    await q.createTable(
      new Table({
        name: 'point_budget_months',
        columns: [
          id(),
          ref('community_id'),
          str('period', 7),
          int('rule_version'),
          int('issued', 0),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_point_budget_months',
            columnNames: ['community_id', 'period', 'rule_version'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('point_budget_months');
    await q.query(
      `UPDATE point_accounts SET balance =
         (SELECT COALESCE(SUM(e.amount), 0) FROM point_entries e WHERE e.account_id = point_accounts.id)
       WHERE kind <> 'member'`,
    );
    await q.query('UPDATE point_entries SET balance_after = 0 WHERE balance_after IS NULL');
    await q.changeColumn(
      'point_entries',
      'balance_after',
      new TableColumn({ ...int('balance_after'), isNullable: false }),
    );
  }
}
