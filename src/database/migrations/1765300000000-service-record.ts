import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import {
  bool,
  id,
  int,
  ref,
  str,
  text,
  time,
  timestamps,
} from 'src/database/migrations/schema-helpers';

/**
 * Issue 29: the service record and what proves it — trainings, star levels and badges, the
 * community's recognition settings (thresholds, badges, holidays), certificates with their
 * signed credentials, and the keys that sign them.
 */
export class ServiceRecord1765300000000 implements MigrationInterface {
  name = 'ServiceRecord1765300000000';

  async up(q: QueryRunner): Promise<void> {
    // A certificate's snapshot may list hundreds of services: past MySQL's 64 KB `text`.
    const long = q.connection.options.type === 'mysql' ? 'mediumtext' : 'text';
    await q.addColumn('activities', new TableColumn(bool('is_training')));
    await q.createTable(
      new Table({
        name: 'recognition_settings',
        columns: [id('community_id'), text('config'), ref('updated_by', true), ...timestamps()],
      }),
    );
    await q.createTable(
      new Table({
        name: 'volunteer_levels',
        columns: [
          id(),
          ref('community_id'),
          ref('volunteer_id'),
          int('level'),
          int('hours'),
          time('reached_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_volunteer_levels',
            columnNames: ['community_id', 'volunteer_id', 'level'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificates',
        columns: [
          id(),
          ref('community_id'),
          ref('volunteer_id'),
          str('code', 16),
          str('period_from', 10),
          str('period_to', 10),
          int('minutes'),
          { name: 'snapshot', type: long, isNullable: false },
          { name: 'credential', type: long, isNullable: false },
          str('key_id', 64),
          ref('issued_by'),
          time('issued_at'),
          time('revoked_at', true),
          ref('revoked_by', true),
          str('revoke_reason', 200, true),
        ],
        indices: [
          new TableIndex({ name: 'uq_certificates_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({
            name: 'idx_certificates_volunteer',
            columnNames: ['volunteer_id', 'id'],
          }),
          new TableIndex({
            name: 'idx_certificates_community',
            columnNames: ['community_id', 'id'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'credential_keys',
        columns: [
          { ...str('kid', 64), isPrimary: true },
          text('public_jwk'),
          text('private_key'),
          time('created_at'),
          time('retired_at', true),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('credential_keys');
    await q.dropTable('certificates');
    await q.dropTable('volunteer_levels');
    await q.dropTable('recognition_settings');
    await q.dropColumn('activities', 'is_training');
  }
}
