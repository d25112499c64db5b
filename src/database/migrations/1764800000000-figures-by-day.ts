import { DateTime } from 'luxon';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { v7 } from 'uuid';
import { id, int, ref, str, time } from 'src/database/migrations/schema-helpers';
import { fromDbTime, toDbTime } from 'src/database/raw-time';

interface AttendanceRow {
  id: string;
  community_id: string;
  volunteer_id: string;
  check_in_at: Date | string;
  check_out_at: Date | string | null;
  minutes: number | string;
  starts_at: Date | string;
  ends_at: Date | string;
  timezone: string;
}

/**
 * Issue 26: figures of hours count minutes on the local days they lie on (`service_minutes`, one
 * row per approved attendance or record and day), and staff's points figures leave lapsed lots
 * out as members' balances do (a covering index for the community's lapsed, unposted lots), and
 * the pair cap counts a resident by phone whichever channel they came by.
 * Existing approved service is split here by the rule of the code at this version (minutes from
 * the counted start, over local days), written out rather than imported, as a migration must
 * not change when the code does.
 */
export class FiguresByDay1764800000000 implements MigrationInterface {
  name = 'FiguresByDay1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'service_minutes',
        columns: [
          id(),
          ref('community_id'),
          ref('volunteer_id'),
          str('source_type', 16),
          ref('source_id'),
          ref('grid_id', true),
          str('day', 10),
          int('minutes'),
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_service_minutes',
            columnNames: ['source_type', 'source_id', 'day'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_service_minutes_community_day',
            columnNames: ['community_id', 'day'],
          }),
          new TableIndex({
            name: 'idx_service_minutes_volunteer_day',
            columnNames: ['volunteer_id', 'day'],
          }),
        ],
      }),
    );
    await q.createIndex(
      'point_lots',
      new TableIndex({
        name: 'idx_point_lots_community_expiry',
        columnNames: ['community_id', 'expires_at', 'remaining', 'updated_at'],
      }),
    );
    const now = toDbTime(new Date());
    await q.query(
      `INSERT INTO service_minutes (id, community_id, volunteer_id, source_type, source_id, grid_id, day, minutes, created_at)
       SELECT id, community_id, volunteer_id, 'service_record', id, grid_id, service_date, minutes, ?
       FROM service_records WHERE status = 'approved' AND minutes > 0`,
      [now],
    );
    let after = '';
    for (;;) {
      const rows = (await q.query(
        `SELECT a.id, a.community_id, a.volunteer_id, a.check_in_at, a.check_out_at, a.minutes,
                v.starts_at, v.ends_at, c.timezone
         FROM attendances a JOIN activities v ON v.id = a.activity_id JOIN communities c ON c.id = a.community_id
         WHERE a.status = 'approved' AND a.minutes > 0 AND a.id > ? ORDER BY a.id LIMIT 500`,
        [after],
      )) as AttendanceRow[];
      for (const r of rows) {
        for (const part of split(r)) {
          await q.query(
            `INSERT INTO service_minutes (id, community_id, volunteer_id, source_type, source_id, grid_id, day, minutes, created_at)
             VALUES (?, ?, ?, 'attendance', ?, NULL, ?, ?, ?)`,
            [v7(), r.community_id, r.volunteer_id, r.id, part.day, part.minutes, now],
          );
        }
      }
      if (rows.length < 500) break;
      after = rows[rows.length - 1].id;
    }
    await this.pairsByPhone(q);
  }

  /**
   * The pair cap counts a resident by phone on every channel (it counted an account holder by
   * account): month rows keyed `user:<id>` become `phone:<their phone>`, added into the phone's
   * row of the same pair and month where there is one. Not undone by `down` (both keys were
   * read by the old code; the merged count is the truer one).
   */
  private async pairsByPhone(q: QueryRunner): Promise<void> {
    const userKey =
      q.connection.options.type === 'mysql' ? "CONCAT('user:', u.id)" : "'user:' || u.id";
    const rows = (await q.query(
      `SELECT p.id, p.community_id, p.volunteer_id, p.period, p.awards, u.phone
       FROM point_pair_months p JOIN users u ON p.resident_key = ${userKey}`,
    )) as {
      id: string;
      community_id: string;
      volunteer_id: string;
      period: string;
      awards: number | string;
      phone: string;
    }[];
    for (const r of rows) {
      const key = `phone:${r.phone}`;
      const [twin] = (await q.query(
        `SELECT id FROM point_pair_months WHERE community_id = ? AND resident_key = ? AND volunteer_id = ? AND period = ?`,
        [r.community_id, key, r.volunteer_id, r.period],
      )) as { id: string }[];
      if (twin) {
        await q.query('UPDATE point_pair_months SET awards = awards + ? WHERE id = ?', [
          Number(r.awards),
          twin.id,
        ]);
        await q.query('DELETE FROM point_pair_months WHERE id = ?', [r.id]);
      } else {
        await q.query('UPDATE point_pair_months SET resident_key = ? WHERE id = ?', [key, r.id]);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('point_lots', 'idx_point_lots_community_expiry');
    await q.dropTable('service_minutes');
  }
}

/** An approved attendance's minutes over the local days they lie on (see the class comment). */
function split(r: AttendanceRow): { day: string; minutes: number }[] {
  const minutes = Number(r.minutes);
  const startsAt = fromDbTime(r.starts_at).getTime();
  const endsAt = fromDbTime(r.ends_at).getTime();
  let from = Math.max(fromDbTime(r.check_in_at).getTime(), startsAt);
  let to = Math.min(r.check_out_at ? fromDbTime(r.check_out_at).getTime() : endsAt, endsAt);
  if (minutes > Math.floor((to - from) / 60_000)) [from, to] = [startsAt, endsAt];
  const parts: { day: string; minutes: number }[] = [];
  let day = DateTime.fromMillis(from, { zone: r.timezone }).startOf('day');
  for (let before = 0; before < minutes && day.toMillis() < to;) {
    const next = day.plus({ days: 1 });
    const through = Math.min(minutes, Math.floor((Math.min(next.toMillis(), to) - from) / 60_000));
    if (through > before) parts.push({ day: day.toISODate()!, minutes: through - before });
    before = through;
    day = next;
  }
  return parts;
}
