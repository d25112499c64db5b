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
 * Notifications (issue 16): the outbox learns to be claimed by dispatchers and to refuse a
 * scheduled event twice; the inbox, outbound deliveries (webhooks, SMS), webhooks and
 * per-user preferences.
 */
export class Notifications1764600000000 implements MigrationInterface {
  name = 'Notifications1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('domain_events', [
      new TableColumn(bool('fanned_out')),
      new TableColumn(ref('claim_token', true)),
      new TableColumn(time('claimed_until', true)),
      new TableColumn(str('dedupe_key', 160, true)),
    ]);
    await q.createIndices('domain_events', [
      new TableIndex({ name: 'idx_domain_events_pending', columnNames: ['fanned_out', 'id'] }),
      new TableIndex({
        name: 'uq_domain_events_dedupe',
        columnNames: ['dedupe_key'],
        isUnique: true,
      }),
    ]);

    // Who lives in a grid (a new wish's volunteers); what starts soon (reminders).
    await q.createIndex(
      'users',
      new TableIndex({ name: 'idx_users_grid', columnNames: ['grid_id'] }),
    );
    await q.createIndex(
      'activities',
      new TableIndex({ name: 'idx_activities_starts', columnNames: ['starts_at'] }),
    );

    await q.createTable(
      new Table({
        name: 'notifications',
        columns: [
          id(),
          ref('community_id'),
          ref('user_id'),
          ref('event_id'),
          str('kind', 48),
          str('title', 100),
          str('body', 500),
          str('link', 300),
          time('read_at', true),
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_notifications_event_user',
            columnNames: ['event_id', 'user_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_notifications_user', columnNames: ['user_id', 'id'] }),
          new TableIndex({
            name: 'idx_notifications_unread',
            columnNames: ['user_id', 'read_at'],
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'deliveries',
        columns: [
          id(),
          ref('community_id'),
          ref('event_id'),
          str('channel', 16),
          str('target', 48),
          str('dedupe_key', 160),
          str('kind', 48),
          text('payload'),
          int('item_count', 1),
          str('status', 16),
          int('attempts', 0),
          time('next_attempt_at'),
          ref('claim_token', true),
          time('claimed_until', true),
          { name: 'last_status_code', type: 'int', isNullable: true },
          str('last_error', 300, true),
          time('sent_at', true),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_deliveries_dedupe',
            columnNames: ['dedupe_key'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_deliveries_due',
            columnNames: ['status', 'next_attempt_at'],
          }),
          new TableIndex({ name: 'idx_deliveries_target', columnNames: ['target', 'id'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'webhooks',
        columns: [
          id(),
          ref('community_id'),
          str('url', 500),
          str('secret', 100),
          str('event_types', 2000),
          bool('active', true),
          ref('created_by'),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({ name: 'idx_webhooks_community', columnNames: ['community_id', 'id'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'notification_preferences',
        columns: [
          id('user_id'),
          bool('inbox', true),
          bool('sms', false),
          str('quiet_start', 5),
          str('quiet_end', 5),
          ...timestamps(),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notification_preferences');
    await q.dropTable('webhooks');
    await q.dropTable('deliveries');
    await q.dropTable('notifications');
    await q.dropIndex('activities', 'idx_activities_starts');
    await q.dropIndex('users', 'idx_users_grid');
    await q.dropIndex('domain_events', 'uq_domain_events_dedupe');
    await q.dropIndex('domain_events', 'idx_domain_events_pending');
    for (const c of ['dedupe_key', 'claimed_until', 'claim_token', 'fanned_out'])
      await q.dropColumn('domain_events', c);
  }
}
