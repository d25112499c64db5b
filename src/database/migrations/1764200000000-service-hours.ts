import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { bool, id, int, ref, str, time, timestamps } from 'src/database/migrations/schema-helpers';

/** Activities, sign-ups, attendances and self-reported service records. */
export class ServiceHours1764200000000 implements MigrationInterface {
  name = 'ServiceHours1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const nullableInt = (name: string) => ({ name, type: 'int', isNullable: true });
    await q.createTable(
      new Table({
        name: 'activities',
        columns: [
          id(),
          ref('community_id'),
          ref('grid_id', true),
          ref('organiser_id'),
          str('title', 100),
          str('description', 1000, true),
          str('place', 200, true),
          time('starts_at'),
          time('ends_at'),
          int('capacity'),
          int('signed_up', 0),
          int('points_per_hour'),
          str('code_secret', 64),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({ name: 'idx_activities_community', columnNames: ['community_id', 'id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'activity_signups',
        columns: [id(), ref('activity_id'), ref('volunteer_id'), time('created_at')],
        indices: [
          new TableIndex({
            name: 'uq_activity_signups',
            columnNames: ['activity_id', 'volunteer_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_activity_signups_volunteer', columnNames: ['volunteer_id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attendances',
        columns: [
          id(),
          ref('community_id'),
          ref('activity_id'),
          ref('volunteer_id'),
          time('activity_ends_at'),
          time('check_in_at'),
          time('check_out_at', true),
          nullableInt('minutes'),
          str('status', 16),
          bool('flagged'),
          ref('marked_by', true),
          ref('approved_by', true),
          time('approved_at', true),
          str('correction_reason', 200, true),
          nullableInt('points'),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_attendances',
            columnNames: ['activity_id', 'volunteer_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_attendances_volunteer',
            columnNames: ['volunteer_id', 'id'],
          }),
          new TableIndex({
            name: 'idx_attendances_open',
            columnNames: ['status', 'activity_ends_at'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'service_records',
        columns: [
          id(),
          ref('community_id'),
          ref('volunteer_id'),
          ref('grid_id', true),
          str('service_date', 10),
          int('minutes'),
          str('description', 500),
          str('status', 16),
          str('reason', 200, true),
          ref('decided_by', true),
          time('decided_at', true),
          nullableInt('points'),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'idx_service_records_volunteer',
            columnNames: ['volunteer_id', 'service_date'],
          }),
          new TableIndex({
            name: 'idx_service_records_community',
            columnNames: ['community_id', 'status', 'id'],
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['service_records', 'attendances', 'activity_signups', 'activities'])
      await q.dropTable(table);
  }
}
