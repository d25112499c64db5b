import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** Issue 28: a volunteer's own service reports, newest first (GET /me/service-records). */
export class MyServiceRecords1765200000000 implements MigrationInterface {
  name = 'MyServiceRecords1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'service_records',
      new TableIndex({ name: 'idx_service_records_mine', columnNames: ['volunteer_id', 'id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('service_records', 'idx_service_records_mine');
  }
}
