import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { id, int, ref, str, text, time, timestamps } from 'src/database/migrations/schema-helpers';

/** The points ledger (accounts, transfers, entries, lots), rule versions, idempotency, job runs. */
export class PointsLedger1763900000000 implements MigrationInterface {
  name = 'PointsLedger1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'point_accounts',
        columns: [
          id(),
          ref('community_id'),
          str('kind', 16),
          str('owner_key', 48),
          ref('user_id', true),
          int('balance', 0),
          int('lifetime_earned', 0),
          int('lifetime_spent', 0),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_point_accounts_owner',
            columnNames: ['community_id', 'owner_key'],
            isUnique: true,
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'point_transfers',
        columns: [
          id(),
          ref('community_id'),
          str('kind', 16),
          str('source_type', 32),
          str('source_id', 80),
          int('amount'),
          ref('from_account_id'),
          ref('to_account_id'),
          ref('actor_id', true),
          str('note', 200, true),
          { name: 'rule_version', type: 'int', isNullable: true },
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_point_transfers_source',
            columnNames: ['kind', 'source_type', 'source_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_point_transfers_community',
            columnNames: ['community_id', 'id'],
          }),
          // Month-to-date sums for the volunteer cap (credits to a member) and the budget
          // (credits from the issuance account).
          new TableIndex({
            name: 'idx_point_transfers_to',
            columnNames: ['to_account_id', 'created_at'],
          }),
          new TableIndex({
            name: 'idx_point_transfers_from',
            columnNames: ['from_account_id', 'created_at'],
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'point_entries',
        columns: [
          id(),
          ref('community_id'),
          ref('transfer_id'),
          ref('account_id'),
          int('amount'),
          int('balance_after'),
          str('kind', 16),
          str('source_type', 32),
          str('source_id', 80),
          str('note', 200, true),
          time('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_point_entries_account', columnNames: ['account_id', 'id'] }),
          new TableIndex({
            name: 'idx_point_entries_community',
            columnNames: ['community_id', 'id'],
          }),
          new TableIndex({ name: 'idx_point_entries_transfer', columnNames: ['transfer_id'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'point_lots',
        columns: [
          id(),
          ref('community_id'),
          ref('account_id'),
          ref('transfer_id'),
          int('amount'),
          int('remaining'),
          time('expires_at', true),
          int('expire_count', 0),
          ...timestamps(),
        ],
        indices: [
          // Covers the member view's expiring-soon read without row lookups, and lot consumption.
          new TableIndex({
            name: 'idx_point_lots_account',
            columnNames: ['account_id', 'expires_at', 'remaining'],
          }),
          new TableIndex({ name: 'idx_point_lots_expiry', columnNames: ['expires_at'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'point_lot_allocations',
        columns: [id(), ref('transfer_id'), ref('lot_id'), int('amount')],
        indices: [
          new TableIndex({
            name: 'idx_point_lot_allocations_transfer',
            columnNames: ['transfer_id'],
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'point_rule_sets',
        columns: [
          id(),
          ref('community_id'),
          int('version'),
          text('rules'),
          ref('created_by', true),
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_point_rule_sets_version',
            columnNames: ['community_id', 'version'],
            isUnique: true,
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          id(),
          str('scope', 80),
          str('key', 128),
          str('request_hash', 64),
          str('state', 16),
          { name: 'response_status', type: 'int', isNullable: true },
          text('response_body', true),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_idempotency_keys_scope',
            columnNames: ['scope', 'key'],
            isUnique: true,
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'job_runs',
        columns: [
          id(),
          str('job', 64),
          str('period', 32),
          time('finished_at', true),
          str('summary', 200, true),
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_job_runs_period',
            columnNames: ['job', 'period'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'job_runs',
      'idempotency_keys',
      'point_rule_sets',
      'point_lot_allocations',
      'point_lots',
      'point_entries',
      'point_transfers',
      'point_accounts',
    ]) {
      await q.dropTable(table);
    }
  }
}
