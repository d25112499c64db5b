import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { bool, id, ref, str, text, time } from 'src/database/migrations/schema-helpers';

const EVENT_COLUMNS =
  'id, community_id, type, subject_type, subject_id, actor_id, data, occurred_at';

/**
 * The outbox row is written inside every redemption's and rating's transaction (issue 16's
 * benchmark), so `domain_events` becomes a queue with its primary key alone: what was handled
 * moves to `domain_event_log` (indexed for reading, off the hot path) in the dispatcher's
 * transaction, and the once-only keys of scheduled facts live in `scheduled_facts`. Measured on
 * the baseline's redemption, the pending index and the unique key cost most of the write.
 */
export class LeanOutbox1764700000000 implements MigrationInterface {
  name = 'LeanOutbox1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'domain_event_log',
        columns: [
          id(),
          ref('community_id'),
          str('type', 48),
          str('subject_type', 32),
          ref('subject_id'),
          ref('actor_id', true),
          text('data'),
          time('occurred_at'),
          time('fanned_out_at'),
        ],
        indices: [
          new TableIndex({
            name: 'idx_domain_event_log_community',
            columnNames: ['community_id', 'id'],
          }),
          new TableIndex({ name: 'idx_domain_event_log_subject', columnNames: ['subject_id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'scheduled_facts',
        columns: [
          { ...str('dedupe_key', 160), isPrimary: true },
          ref('event_id'),
          time('created_at'),
        ],
      }),
    );
    await q.query(
      `INSERT INTO scheduled_facts (dedupe_key, event_id, created_at)
       SELECT dedupe_key, id, occurred_at FROM domain_events WHERE dedupe_key IS NOT NULL`,
    );
    await q.query(
      `INSERT INTO domain_event_log (${EVENT_COLUMNS}, fanned_out_at)
       SELECT ${EVENT_COLUMNS}, occurred_at FROM domain_events WHERE fanned_out = 1`,
    );
    await q.query('DELETE FROM domain_events WHERE fanned_out = 1');
    for (const index of [
      'idx_domain_events_community',
      'idx_domain_events_subject',
      'idx_domain_events_pending',
      'uq_domain_events_dedupe',
    ])
      await q.dropIndex('domain_events', index);
    await q.dropColumns('domain_events', ['fanned_out', 'dedupe_key']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumns('domain_events', [
      new TableColumn(bool('fanned_out')),
      new TableColumn(str('dedupe_key', 160, true)),
    ]);
    await q.query(
      `INSERT INTO domain_events (${EVENT_COLUMNS}, fanned_out)
       SELECT ${EVENT_COLUMNS}, 1 FROM domain_event_log`,
    );
    await q.query(
      `UPDATE domain_events SET dedupe_key =
         (SELECT f.dedupe_key FROM scheduled_facts f WHERE f.event_id = domain_events.id)`,
    );
    await q.createIndices('domain_events', [
      new TableIndex({ name: 'idx_domain_events_community', columnNames: ['community_id', 'id'] }),
      new TableIndex({ name: 'idx_domain_events_subject', columnNames: ['subject_id'] }),
      new TableIndex({ name: 'idx_domain_events_pending', columnNames: ['fanned_out', 'id'] }),
      new TableIndex({
        name: 'uq_domain_events_dedupe',
        columnNames: ['dedupe_key'],
        isUnique: true,
      }),
    ]);
    await q.dropTable('scheduled_facts');
    await q.dropTable('domain_event_log');
  }
}
