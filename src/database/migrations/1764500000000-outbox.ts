import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { id, ref, str, text, time } from 'src/database/migrations/schema-helpers';

/** The transactional outbox of domain events (issue 16). */
export class Outbox1764500000000 implements MigrationInterface {
  name = 'Outbox1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'domain_events',
        columns: [
          id(),
          ref('community_id'),
          str('type', 48),
          str('subject_type', 32),
          ref('subject_id'),
          ref('actor_id', true),
          text('data'),
          time('occurred_at'),
        ],
        indices: [
          new TableIndex({
            name: 'idx_domain_events_community',
            columnNames: ['community_id', 'id'],
          }),
          new TableIndex({ name: 'idx_domain_events_subject', columnNames: ['subject_id'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('domain_events');
  }
}
