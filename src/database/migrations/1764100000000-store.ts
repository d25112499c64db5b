import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { bool, id, int, ref, str, time, timestamps } from 'src/database/migrations/schema-helpers';

/** The points store: items, service slots and redemptions. */
export class Store1764100000000 implements MigrationInterface {
  name = 'Store1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const nullableInt = (name: string) => ({ name, type: 'int', isNullable: true });
    await q.createTable(
      new Table({
        name: 'store_items',
        columns: [
          id(),
          ref('community_id'),
          str('name', 100),
          str('description', 500, true),
          str('kind', 16),
          int('price_points'),
          nullableInt('stock'),
          nullableInt('per_member_limit'),
          str('limit_period', 8, true),
          bool('active', true),
          time('active_from', true),
          time('active_until', true),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'idx_store_items_community',
            columnNames: ['community_id', 'active', 'id'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'store_slots',
        columns: [
          id(),
          ref('community_id'),
          ref('item_id'),
          time('starts_at'),
          time('ends_at'),
          int('capacity'),
          int('booked', 0),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({ name: 'idx_store_slots_item', columnNames: ['item_id', 'starts_at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'redemptions',
        columns: [
          id(),
          ref('community_id'),
          ref('item_id'),
          ref('member_id'),
          ref('slot_id', true),
          int('quantity'),
          int('points'),
          str('status', 16),
          str('channel', 16),
          str('pickup_code', 16, true),
          str('open_pickup_code', 16, true),
          time('expires_at', true),
          time('fulfilled_at', true),
          ref('fulfilled_by', true),
          time('cancelled_at', true),
          ref('cancelled_by', true),
          str('cancel_reason', 200, true),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'idx_redemptions_community',
            columnNames: ['community_id', 'status', 'id'],
          }),
          new TableIndex({ name: 'idx_redemptions_member', columnNames: ['member_id', 'id'] }),
          new TableIndex({
            name: 'idx_redemptions_member_item',
            columnNames: ['member_id', 'item_id', 'created_at'],
          }),
          new TableIndex({
            name: 'idx_redemptions_pickup',
            columnNames: ['community_id', 'pickup_code'],
          }),
          new TableIndex({
            name: 'uq_redemptions_open_code',
            columnNames: ['open_pickup_code'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_redemptions_expiry', columnNames: ['status', 'expires_at'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['redemptions', 'store_slots', 'store_items']) await q.dropTable(table);
  }
}
