import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { bool, id, ref, str, timestamps } from 'src/database/migrations/schema-helpers';

/** Issue 30: consents (the privacy notice's version, showing one's name) and a QR wish's notice. */
export class Consents1765600000000 implements MigrationInterface {
  name = 'Consents1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'consents',
        columns: [
          id(),
          ref('user_id'),
          str('kind', 32),
          str('version', 16, true),
          bool('granted'),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_consents_user_kind',
            columnNames: ['user_id', 'kind'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.addColumn('wishes', new TableColumn(str('privacy_version', 16, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('wishes', 'privacy_version');
    await q.dropTable('consents');
  }
}
