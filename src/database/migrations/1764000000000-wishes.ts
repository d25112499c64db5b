import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { bool, id, ref, str, time, timestamps } from 'src/database/migrations/schema-helpers';

/** Micro-wishes, their claims, history and feedback. */
export class Wishes1764000000000 implements MigrationInterface {
  name = 'Wishes1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const nullableInt = (name: string) => ({ name, type: 'int', isNullable: true });
    await q.createTable(
      new Table({
        name: 'wishes',
        columns: [
          id(),
          ref('community_id'),
          ref('grid_id'),
          ref('owner_id', true),
          str('contact_name', 64),
          str('contact_phone', 20),
          str('address', 200, true),
          ref('submitted_by', true),
          str('source', 16),
          str('title', 100),
          str('description', 1000),
          str('category', 32),
          str('urgency', 16),
          str('status', 16),
          time('due_at'),
          ref('claimer_id', true),
          str('tracking_code', 32, true),
          str('reason', 200, true),
          str('completion_note', 500, true),
          time('approved_at', true),
          time('claimed_at', true),
          time('completed_at', true),
          time('closed_at', true),
          time('cancelled_at', true),
          { name: 'closed_on_time', type: 'boolean', isNullable: true },
          nullableInt('rating'),
          bool('feedback_auto'),
          nullableInt('points_awarded'),
          str('award_flag', 16, true),
          bool('follow_up_open'),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'idx_wishes_status',
            columnNames: ['community_id', 'status', 'id'],
          }),
          new TableIndex({ name: 'idx_wishes_community', columnNames: ['community_id', 'id'] }),
          new TableIndex({ name: 'idx_wishes_owner', columnNames: ['owner_id', 'id'] }),
          new TableIndex({ name: 'idx_wishes_claimer', columnNames: ['claimer_id', 'id'] }),
          new TableIndex({ name: 'idx_wishes_completed', columnNames: ['status', 'completed_at'] }),
          new TableIndex({
            name: 'uq_wishes_tracking_code',
            columnNames: ['tracking_code'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wish_claims',
        columns: [
          id(),
          ref('wish_id'),
          ref('volunteer_id'),
          nullableInt('active'),
          ref('assigned_by', true),
          time('claimed_at'),
          time('released_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'uq_wish_claims_active',
            columnNames: ['wish_id', 'active'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wish_events',
        columns: [
          id(),
          ref('wish_id'),
          str('type', 32),
          ref('actor_id', true),
          str('note', 500, true),
          time('created_at'),
        ],
        indices: [new TableIndex({ name: 'idx_wish_events_wish', columnNames: ['wish_id', 'id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wish_feedback',
        columns: [
          id('wish_id'),
          { name: 'rating', type: 'int' },
          str('comment', 500, true),
          bool('auto'),
          time('created_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['wish_feedback', 'wish_events', 'wish_claims', 'wishes'])
      await q.dropTable(table);
  }
}
