import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { ref, str, time, timestamps } from 'src/database/migrations/schema-helpers';

/**
 * Issue 26: a wish given with a phone (QR code, proxy post) reaches an account only once the
 * account's phone is proven (`users.phone_verified_at`: an SMS code, or staff). Existing members
 * count as proven, except accounts that look self-registered (a plain resident no staff member
 * created): those lose the QR and proxy wishes that were attached to them by phone alone, and
 * get them back when they prove it. The wishes keep their tracking codes, so their residents
 * still follow and rate them.
 */
export class PhoneProof1764900000000 implements MigrationInterface {
  name = 'PhoneProof1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn(time('phone_verified_at', true)));
    await q.query(
      `UPDATE users SET phone_verified_at = created_at
       WHERE roles <> 'resident'
          OR id IN (SELECT target_id FROM audit_log WHERE target_type = 'user' AND action = 'member.create')`,
    );
    await q.query(
      `UPDATE wishes SET owner_id = NULL
       WHERE source IN ('qr', 'proxy')
         AND owner_id IN (SELECT id FROM users WHERE phone_verified_at IS NULL)`,
    );
    await q.createTable(
      new Table({
        name: 'phone_codes',
        columns: [
          { ...ref('user_id'), isPrimary: true },
          str('code_hash', 64),
          time('expires_at'),
          ...timestamps(),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('phone_codes');
    // SQLite drops the column in place: TypeORM's dropColumn rebuilds the table, which rows of
    // other tables referring to users refuse (foreign keys are enforced inside the migration).
    if (q.connection.options.type === 'mysql') await q.dropColumn('users', 'phone_verified_at');
    else await q.query('ALTER TABLE users DROP COLUMN phone_verified_at');
  }
}
