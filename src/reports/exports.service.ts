import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify, type Stringifier } from 'csv-stringify';
import { once } from 'node:events';
import {
  Between,
  DataSource,
  EntityTarget,
  FindOptionsWhere,
  In,
  MoreThan,
  ObjectLiteral,
} from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { NotFoundError } from 'src/common/errors/app-error';
import { CommunitiesService } from 'src/communities/communities.service';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { PointEntry } from 'src/points/entities/point-entry.entity';
import { dayWindow, type Window } from 'src/reports/periods';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import { ServiceRecord } from 'src/service-hours/entities/service-record.entity';
import { Redemption } from 'src/store/entities/redemption.entity';
import { StoreItem } from 'src/store/entities/store-item.entity';
import { Wish } from 'src/wishes/entities/wish.entity';

export const EXPORTS = ['wishes', 'hours', 'points-entries', 'redemptions'] as const;
export type ExportName = (typeof EXPORTS)[number];

const BATCH = 1000;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');

type Cell = string | number | boolean | null;

/**
 * A text cell a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or carriage
 * return: OWASP's CSV injection list) gets a leading apostrophe, so it shows as typed. Residents
 * write wish titles and names; nobody's export may run what they typed.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV exports for a date range, streamed batch by batch (keyset on id) so memory stays flat,
 * UTF-8 with a BOM so that Excel shows Chinese text correctly. Written with csv-stringify.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
  ) {}

  async open(
    user: AuthUser,
    communityId: string,
    name: string,
    from: string,
    to: string,
  ): Promise<Stringifier> {
    if (!(EXPORTS as readonly string[]).includes(name)) throw new NotFoundError('Export');
    const community = await this.communities.get(user, communityId);
    const w = dayWindow(from, to, community.timezone);
    const out = stringify({
      bom: true,
      header: true,
      columns: this.columns(name as ExportName),
      cast: { boolean: (v) => (v ? 'true' : 'false'), string: neutraliseFormula },
    });
    this.fill(out, name as ExportName, communityId, w).catch((err: unknown) =>
      out.destroy(err as Error),
    );
    return out;
  }

  private columns(name: ExportName): string[] {
    switch (name) {
      case 'wishes':
        return [
          'id',
          'created_at',
          'grid_id',
          'status',
          'category',
          'urgency',
          'title',
          'contact_name',
          'contact_phone',
          'claimer_id',
          'due_at',
          'completed_at',
          'closed_at',
          'closed_on_time',
          'rating',
          'feedback_auto',
          'points_awarded',
          'award_flag',
        ];
      case 'hours':
        return [
          'type',
          'id',
          'volunteer_id',
          'date',
          'minutes',
          'status',
          'flagged',
          'points',
          'description',
        ];
      case 'points-entries':
        return [
          'id',
          'created_at',
          'account_id',
          'owner',
          'kind',
          'amount',
          'balance_after',
          'source_type',
          'source_id',
          'note',
        ];
      case 'redemptions':
        return [
          'id',
          'created_at',
          'member_id',
          'item_id',
          'item_name',
          'quantity',
          'points',
          'status',
          'channel',
          'fulfilled_at',
          'cancelled_at',
        ];
    }
  }

  private async fill(
    out: Stringifier,
    name: ExportName,
    communityId: string,
    w: Window,
  ): Promise<void> {
    const write = async (row: Cell[]) => {
      if (!out.write(row)) await once(out, 'drain');
    };
    const range = Between(w.from, new Date(w.to.getTime() - 1));
    switch (name) {
      case 'wishes':
        await this.each(Wish, { communityId, createdAt: range }, async (rows) => {
          for (const r of rows) {
            await write([
              r.id,
              iso(r.createdAt),
              r.gridId,
              r.status,
              r.category,
              r.urgency,
              r.title,
              r.contactName,
              r.contactPhone,
              r.claimerId,
              iso(r.dueAt),
              iso(r.completedAt),
              iso(r.closedAt),
              r.closedOnTime,
              r.rating,
              r.feedbackAuto,
              r.pointsAwarded,
              r.awardFlag,
            ]);
          }
        });
        break;
      case 'hours':
        await this.each(Attendance, { communityId, checkInAt: range }, async (rows) => {
          for (const r of rows) {
            await write([
              'attendance',
              r.id,
              r.volunteerId,
              iso(r.checkInAt).slice(0, 10),
              r.minutes,
              r.status,
              r.flagged,
              r.points,
              r.activityId,
            ]);
          }
        });
        await this.each(
          ServiceRecord,
          { communityId, serviceDate: Between(w.fromDay, w.toDay) },
          async (rows) => {
            for (const r of rows) {
              await write([
                'service_record',
                r.id,
                r.volunteerId,
                r.serviceDate,
                r.minutes,
                r.status,
                false,
                r.points,
                r.description,
              ]);
            }
          },
        );
        break;
      case 'points-entries':
        await this.each(PointEntry, { communityId, createdAt: range }, async (rows) => {
          const accounts = await this.dataSource.manager.find(PointAccount, {
            select: { id: true, ownerKey: true },
            where: { id: In([...new Set(rows.map((r) => r.accountId))]) },
          });
          const owner = new Map(accounts.map((a) => [a.id, a.ownerKey]));
          for (const r of rows) {
            await write([
              r.id,
              iso(r.createdAt),
              r.accountId,
              owner.get(r.accountId) ?? '',
              r.kind,
              r.amount,
              r.balanceAfter,
              r.sourceType,
              r.sourceId,
              r.note,
            ]);
          }
        });
        break;
      case 'redemptions':
        await this.each(Redemption, { communityId, createdAt: range }, async (rows) => {
          const items = await this.dataSource.manager.find(StoreItem, {
            select: { id: true, name: true },
            where: { id: In([...new Set(rows.map((r) => r.itemId))]) },
          });
          const names = new Map(items.map((i) => [i.id, i.name]));
          for (const r of rows) {
            await write([
              r.id,
              iso(r.createdAt),
              r.memberId,
              r.itemId,
              names.get(r.itemId) ?? '',
              r.quantity,
              r.points,
              r.status,
              r.channel,
              iso(r.fulfilledAt),
              iso(r.cancelledAt),
            ]);
          }
        });
        break;
    }
    out.end();
  }

  /** Pages through rows by id, one batch at a time. */
  private async each<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
    handle: (rows: T[]) => Promise<void>,
  ): Promise<void> {
    let after = '';
    for (;;) {
      const rows = await this.dataSource.manager.find(entity, {
        where: { ...where, id: MoreThan(after) } as FindOptionsWhere<T>,
        order: { id: 'ASC' } as never,
        take: BATCH,
      });
      if (rows.length) await handle(rows);
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }
}
