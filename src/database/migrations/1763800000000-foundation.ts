import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
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

/** Communities, grids, users, volunteer profiles, refresh tokens and the audit log. */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'communities',
        columns: [
          id(),
          str('name', 100),
          str('code', 32),
          { ...str('timezone', 64), default: "'Asia/Shanghai'" },
          ...timestamps(),
        ],
        indices: [
          new TableIndex({ name: 'uq_communities_code', columnNames: ['code'], isUnique: true }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'grids',
        columns: [
          id(),
          ref('community_id'),
          str('name', 100),
          str('intake_token', 64),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({ name: 'idx_grids_community', columnNames: ['community_id', 'id'] }),
          new TableIndex({
            name: 'uq_grids_community_name',
            columnNames: ['community_id', 'name'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'uq_grids_intake_token',
            columnNames: ['intake_token'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_grids_community',
            columnNames: ['community_id'],
            referencedTableName: 'communities',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          ref('community_id', true),
          ref('grid_id', true),
          str('phone', 20),
          str('name', 64),
          str('address', 200, true),
          str('password_hash', 255),
          str('roles', 200),
          bool('disabled'),
          int('failed_login_count', 0),
          time('failed_login_window_start', true),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({ name: 'uq_users_phone', columnNames: ['phone'], isUnique: true }),
          new TableIndex({ name: 'idx_users_community', columnNames: ['community_id', 'id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_users_community',
            columnNames: ['community_id'],
            referencedTableName: 'communities',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            name: 'fk_users_grid',
            columnNames: ['grid_id'],
            referencedTableName: 'grids',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'volunteer_profiles',
        columns: [
          id('user_id'),
          ref('community_id'),
          str('status', 16),
          text('skills'),
          bool('is_party_member'),
          text('teams'),
          time('decided_at', true),
          ref('decided_by', true),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'idx_volunteer_profiles_community_status',
            columnNames: ['community_id', 'status', 'user_id'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_volunteer_profiles_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          id(),
          ref('user_id'),
          ref('family_id'),
          str('secret_hash', 64),
          time('expires_at'),
          time('used_at', true),
          time('revoked_at', true),
          time('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_refresh_tokens_family', columnNames: ['family_id'] }),
          new TableIndex({ name: 'idx_refresh_tokens_user', columnNames: ['user_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_refresh_tokens_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id(),
          ref('community_id', true),
          ref('actor_id', true),
          str('action', 64),
          str('target_type', 32),
          str('target_id', 64),
          text('before', true),
          text('after', true),
          str('request_id', 64, true),
          time('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_audit_log_community', columnNames: ['community_id', 'id'] }),
          new TableIndex({
            name: 'idx_audit_log_target',
            columnNames: ['target_type', 'target_id'],
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'refresh_tokens',
      'volunteer_profiles',
      'users',
      'grids',
      'communities',
    ]) {
      await q.dropTable(table);
    }
  }
}
