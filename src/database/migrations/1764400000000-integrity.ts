import { DateTime } from 'luxon';
import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { newId } from 'src/common/ids';
import { id, int, ref, str, time, timestamps } from 'src/database/migrations/schema-helpers';
import { fromDbTime, toDbTime as dbTime } from 'src/database/raw-time';

const DEFAULT_ZONE = 'Asia/Shanghai';

async function rows<T>(q: QueryRunner, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await q.query(sql, params)) as T[];
}

/**
 * Running totals that caps are decided by (each guarded by a row the deciding transaction
 * locks), the resident identity of QR and proxy wishes, single-use member cards, attempt
 * counters, and why an attendance or a service record earned less than asked. Existing data is
 * carried over, so caps count what was earned before the upgrade.
 */
export class Integrity1764400000000 implements MigrationInterface {
  name = 'Integrity1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // What a member earned by awards, and what the issuance account issued, in the current
    // month of the community's time zone: the volunteer cap and the community budget.
    await q.addColumns('point_accounts', [
      new TableColumn({ ...str('period', 7, true) }),
      new TableColumn({ ...int('period_earned', 0) }),
    ]);
    await q.createTable(
      new Table({
        name: 'point_pair_months',
        columns: [
          id(),
          ref('community_id'),
          str('resident_key', 48),
          ref('volunteer_id'),
          str('period', 7),
          int('awards', 0),
          ...timestamps(),
        ],
        indices: [
          new TableIndex({
            name: 'uq_point_pair_months',
            columnNames: ['community_id', 'resident_key', 'volunteer_id', 'period'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'service_day_totals',
        columns: [id(), ref('volunteer_id'), str('day', 10), int('minutes', 0), ...timestamps()],
        indices: [
          new TableIndex({
            name: 'uq_service_day_totals',
            columnNames: ['volunteer_id', 'day'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attempt_counters',
        columns: [
          { ...str('attempt_key', 160), isPrimary: true },
          time('window_start'),
          int('failures', 0),
        ],
      }),
    );
    await q.addColumn('redemptions', new TableColumn({ ...str('card_token_id', 36, true) }));
    await q.createIndex(
      'redemptions',
      new TableIndex({
        name: 'uq_redemptions_card_token',
        columnNames: ['card_token_id'],
        isUnique: true,
      }),
    );
    await q.addColumn('attendances', new TableColumn({ ...str('award_flag', 16, true) }));
    await q.addColumn('service_records', new TableColumn({ ...str('award_flag', 16, true) }));
    await q.createIndex(
      'wishes',
      new TableIndex({ name: 'idx_wishes_contact_phone', columnNames: ['contact_phone'] }),
    );

    await this.carryOver(q);
  }

  /** Fills the new totals from the rows written before this migration. */
  private async carryOver(q: QueryRunner): Promise<void> {
    // A QR or proxy wish whose contact phone belongs to a member of its community is theirs.
    await q.query(
      `UPDATE wishes SET owner_id = (SELECT u.id FROM users u
         WHERE u.phone = wishes.contact_phone AND u.community_id = wishes.community_id)
       WHERE owner_id IS NULL AND EXISTS (SELECT 1 FROM users u
         WHERE u.phone = wishes.contact_phone AND u.community_id = wishes.community_id)`,
    );
    const now = new Date();
    const communities = await rows<{ id: string; timezone: string | null }>(
      q,
      'SELECT id, timezone FROM communities',
    );
    const zones = new Map(communities.map((c) => [c.id, c.timezone ?? DEFAULT_ZONE]));
    for (const c of communities) {
      const local = DateTime.fromJSDate(now, { zone: zones.get(c.id) });
      const period = local.toFormat('yyyy-MM');
      const since = dbTime(local.startOf('month').toJSDate());
      const earned = await rows<{ account_id: string; total: number | string }>(
        q,
        `SELECT to_account_id AS account_id, SUM(amount) AS total FROM point_transfers
         WHERE community_id = ? AND created_at >= ? AND kind IN ('earn_wish', 'earn_service')
         GROUP BY to_account_id
         UNION ALL
         SELECT from_account_id AS account_id, SUM(amount) AS total FROM point_transfers
         WHERE community_id = ? AND created_at >= ? AND kind IN ('earn_wish', 'earn_service')
         GROUP BY from_account_id`,
        [c.id, since, c.id, since],
      );
      for (const row of earned) {
        await q.query('UPDATE point_accounts SET period = ?, period_earned = ? WHERE id = ?', [
          period,
          Number(row.total),
          row.account_id,
        ]);
      }
      const pairs = await rows<{
        owner_id: string | null;
        contact_phone: string;
        claimer_id: string;
        n: number | string;
      }>(
        q,
        `SELECT owner_id, contact_phone, claimer_id, COUNT(*) AS n FROM wishes
         WHERE community_id = ? AND status = 'closed' AND closed_at >= ? AND points_awarded > 0
         GROUP BY owner_id, contact_phone, claimer_id`,
        [c.id, since],
      );
      const counts = new Map<string, { volunteer: string; resident: string; n: number }>();
      for (const p of pairs) {
        const resident = p.owner_id ? `user:${p.owner_id}` : `phone:${p.contact_phone}`;
        const key = `${resident}|${p.claimer_id}`;
        const known = counts.get(key);
        if (known) known.n += Number(p.n);
        else counts.set(key, { volunteer: p.claimer_id, resident, n: Number(p.n) });
      }
      for (const p of counts.values()) {
        await q.query(
          `INSERT INTO point_pair_months (id, community_id, resident_key, volunteer_id, period,
             awards, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [newId(), c.id, p.resident, p.volunteer, period, p.n, dbTime(now), dbTime(now)],
        );
      }
    }

    // Minutes a volunteer has reported or been credited per local day, across all sources.
    const days = new Map<string, number>();
    const add = (volunteer: string, day: string, minutes: number) => {
      const key = `${volunteer}|${day}`;
      days.set(key, (days.get(key) ?? 0) + minutes);
    };
    const records = await rows<{
      volunteer_id: string;
      service_date: string;
      minutes: number | string;
    }>(
      q,
      `SELECT volunteer_id, service_date, SUM(minutes) AS minutes FROM service_records
       WHERE status <> 'rejected' GROUP BY volunteer_id, service_date`,
    );
    for (const r of records) add(r.volunteer_id, r.service_date, Number(r.minutes));
    const attendances = await rows<{
      volunteer_id: string;
      community_id: string;
      check_in_at: string | Date;
      minutes: number | string;
    }>(
      q,
      `SELECT volunteer_id, community_id, check_in_at, minutes FROM attendances
       WHERE status = 'approved' AND minutes > 0`,
    );
    for (const a of attendances) {
      const day = DateTime.fromJSDate(fromDbTime(a.check_in_at), {
        zone: zones.get(a.community_id),
      }).toISODate()!;
      add(a.volunteer_id, day, Number(a.minutes));
    }
    for (const [key, minutes] of days) {
      const [volunteer, day] = key.split('|');
      await q.query(
        `INSERT INTO service_day_totals (id, volunteer_id, day, minutes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [newId(), volunteer, day, minutes, dbTime(now), dbTime(now)],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('wishes', 'idx_wishes_contact_phone');
    await q.dropColumn('service_records', 'award_flag');
    await q.dropColumn('attendances', 'award_flag');
    await q.dropIndex('redemptions', 'uq_redemptions_card_token');
    await q.dropColumn('redemptions', 'card_token_id');
    await q.dropTable('attempt_counters');
    await q.dropTable('service_day_totals');
    await q.dropTable('point_pair_months');
    await q.dropColumn('point_accounts', 'period_earned');
    await q.dropColumn('point_accounts', 'period');
  }
}
