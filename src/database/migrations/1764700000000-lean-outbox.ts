import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The outbox row is written inside every redemption's and rating's transaction (issue 16's
 * benchmark): it keeps only the indexes something reads — the dispatcher's pending scan and the
 * scheduled facts' dedupe key. Nothing looked events up by community or by subject.
 */
export class LeanOutbox1764700000000 implements MigrationInterface {
  name = 'LeanOutbox1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.dropIndex('domain_events', 'idx_domain_events_community');
    await q.dropIndex('domain_events', 'idx_domain_events_subject');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndices('domain_events', [
      new TableIndex({ name: 'idx_domain_events_community', columnNames: ['community_id', 'id'] }),
      new TableIndex({ name: 'idx_domain_events_subject', columnNames: ['subject_id'] }),
    ]);
  }
}
