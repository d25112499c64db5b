import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { id, int, ref, str, time, timestamps } from 'src/database/migrations/schema-helpers';

/** Issue 29: a volunteer asks for a line of their record to be corrected; staff decide. */
export class RecordCorrections1765400000000 implements MigrationInterface {
  name = 'RecordCorrections1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'record_corrections',
        columns: [
          id(),
          ref('community_id'),
          ref('volunteer_id'),
          str('line_type', 16),
          ref('line_id'),
          str('line_title', 100),
          str('line_date', 10),
          int('from_minutes'),
          int('to_minutes'),
          str('reason', 200),
          str('status', 16),
          str('open_line', 64, true),
          ref('decided_by', true),
          time('decided_at', true),
          str('decision_reason', 200, true),
          { name: 'points_delta', type: 'int', isNullable: true },
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_record_corrections_open',
            columnNames: ['open_line'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_record_corrections_volunteer',
            columnNames: ['volunteer_id', 'id'],
          }),
          new TableIndex({
            name: 'idx_record_corrections_community',
            columnNames: ['community_id', 'status', 'id'],
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('record_corrections');
  }
}
