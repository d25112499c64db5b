import { Between, In, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { PointEntry } from 'src/points/entities/point-entry.entity';
import type { Window } from 'src/reports/periods';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import { ServiceMinutes } from 'src/service-hours/entities/service-minutes.entity';
import { ServiceRecord } from 'src/service-hours/entities/service-record.entity';
import { Redemption } from 'src/store/entities/redemption.entity';
import { Wish } from 'src/wishes/entities/wish.entity';
import type { Cell, CellFormat, Refs } from 'src/reports/exports/export-cells';
import {
  AWARD_FLAG_ZH,
  CATEGORY_ZH,
  CHANNEL_ZH,
  ENTRY_KIND_ZH,
  HOURS_STATUS_ZH,
  HOURS_TYPE_ZH,
  REDEMPTION_STATUS_ZH,
  SYSTEM_ACCOUNT_ZH,
  URGENCY_ZH,
  WISH_STATUS_ZH,
} from 'src/reports/exports/export-labels';

/**
 * One column: its stable code (`?headers=codes`), its Chinese header, or null for a column
 * only programs need (ids), which the default, readable export leaves out.
 */
export interface Column<R> {
  code: string;
  zh: string | null;
  cell: (row: R, f: CellFormat) => Cell;
}

/** Rows of one table for the range, mapped to the export's row shape. */
export interface Source<E extends ObjectLiteral & { id: string }, R> {
  entity: EntityTarget<E>;
  where: (communityId: string, w: Window) => FindOptionsWhere<E>;
  /** A second lookup a batch needs before its rows can be mapped (accounts behind entries). */
  prepare?: (rows: E[], lookup: Lookup) => Promise<(e: E) => R | R[]>;
  /** One row of the table as one line of the export, or as several. */
  map?: (e: E) => R | R[];
  /** Lines outside the range, for a source whose `where` reads wider than it. */
  keep?: (line: R, w: Window) => boolean;
}

export type Lookup = <T extends ObjectLiteral>(
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
) => Promise<T[]>;

export interface Sheet<R> {
  /** The file's Chinese name and the worksheet's. */
  title: string;
  columns: Column<R>[];
  sources: Source<never, R>[];
  refs: (rows: R[]) => Refs;
}

const upTo = (w: Window) => Between(w.from, new Date(w.to.getTime() - 1));
const source = <E extends ObjectLiteral & { id: string }, R>(s: Source<E, R>) =>
  s as unknown as Source<never, R>;

const wishes: Sheet<Wish> = {
  title: '心愿',
  sources: [
    source<Wish, Wish>({
      entity: Wish,
      where: (communityId, w) => ({ communityId, createdAt: upTo(w) }),
    }),
  ],
  refs: (rows) => ({ users: rows.map((r) => r.claimerId), grids: rows.map((r) => r.gridId) }),
  columns: [
    { code: 'id', zh: null, cell: (r) => r.id },
    { code: 'created_at', zh: '提交时间', cell: (r, f) => f.time(r.createdAt) },
    { code: 'grid_id', zh: null, cell: (r) => r.gridId },
    { code: 'grid', zh: '网格', cell: (r, f) => f.grid(r.gridId) },
    { code: 'status', zh: '状态', cell: (r, f) => f.label(WISH_STATUS_ZH, r.status) },
    { code: 'category', zh: '类别', cell: (r, f) => f.label(CATEGORY_ZH, r.category) },
    { code: 'urgency', zh: '紧急程度', cell: (r, f) => f.label(URGENCY_ZH, r.urgency) },
    { code: 'title', zh: '心愿', cell: (r) => r.title },
    { code: 'contact_name', zh: '联系人', cell: (r) => r.contactName },
    { code: 'contact_phone', zh: '联系电话', cell: (r, f) => f.phone(r.contactPhone) },
    { code: 'claimer_id', zh: null, cell: (r) => r.claimerId },
    { code: 'claimer', zh: '志愿者', cell: (r, f) => f.person(r.claimerId) },
    { code: 'due_at', zh: '应完成时间', cell: (r, f) => f.time(r.dueAt) },
    { code: 'completed_at', zh: '完成时间', cell: (r, f) => f.time(r.completedAt) },
    { code: 'closed_at', zh: '办结时间', cell: (r, f) => f.time(r.closedAt) },
    { code: 'closed_on_time', zh: '按时办结', cell: (r, f) => f.yes(r.closedOnTime) },
    { code: 'rating', zh: '满意度评分', cell: (r) => r.rating },
    { code: 'feedback_auto', zh: '超时默认评价', cell: (r, f) => f.yes(r.feedbackAuto) },
    { code: 'points_awarded', zh: '获得积分', cell: (r) => r.pointsAwarded },
    { code: 'award_flag', zh: '积分说明', cell: (r, f) => f.label(AWARD_FLAG_ZH, r.awardFlag) },
    { code: 'follow_up_open', zh: '待回访', cell: (r, f) => f.yes(r.followUpOpen) },
  ],
};

/** An attendance or a service record, as one line of the hours export. */
interface HoursRow {
  type: 'attendance' | 'service_record';
  id: string;
  volunteerId: string;
  /** Attendance: the local day of the check-in; record: the day the volunteer gave. */
  day: Date | string;
  activityId: string | null;
  description: string;
  checkInAt: Date | null;
  checkOutAt: Date | null;
  minutes: number | null;
  status: string;
  flagged: boolean;
  points: number | null;
}

const hours: Sheet<HoursRow> = {
  title: '服务时长',
  sources: [
    source<Attendance, HoursRow>({
      entity: Attendance,
      // Approved minutes lie on the days service_minutes gives (an activity across midnight
      // is a line per day; its points stand on the first). The rest by the check-in's day. A
      // check-in lies at most a day and a half before the minutes it counts.
      where: (communityId, w) => ({
        communityId,
        checkInAt: Between(
          new Date(w.from.getTime() - 36 * 3_600_000),
          new Date(w.to.getTime() - 1),
        ),
      }),
      prepare: async (rows, lookup) => {
        const approved = rows.filter((a) => a.status === 'approved').map((a) => a.id);
        const parts = approved.length
          ? await lookup(ServiceMinutes, { sourceType: 'attendance', sourceId: In(approved) })
          : [];
        const bySource = new Map<string, ServiceMinutes[]>();
        for (const p of parts.sort((x, y) => x.day.localeCompare(y.day)))
          bySource.set(p.sourceId, [...(bySource.get(p.sourceId) ?? []), p]);
        return (a) => {
          const line = {
            type: 'attendance' as const,
            id: a.id,
            volunteerId: a.volunteerId,
            activityId: a.activityId,
            description: '',
            checkInAt: a.checkInAt,
            checkOutAt: a.checkOutAt,
            status: a.status,
            flagged: a.flagged,
          };
          const days = bySource.get(a.id);
          if (!days) return { ...line, day: a.checkInAt, minutes: a.minutes, points: a.points };
          return days.map((d, i) => ({
            ...line,
            day: d.day,
            minutes: d.minutes,
            points: i === 0 ? a.points : null,
          }));
        };
      },
      keep: (r, w) =>
        typeof r.day === 'string'
          ? r.day >= w.fromDay && r.day <= w.toDay
          : r.day >= w.from && r.day < w.to,
    }),
    source<ServiceRecord, HoursRow>({
      entity: ServiceRecord,
      where: (communityId, w) => ({ communityId, serviceDate: Between(w.fromDay, w.toDay) }),
      map: (s) => ({
        type: 'service_record',
        id: s.id,
        volunteerId: s.volunteerId,
        day: s.serviceDate,
        activityId: null,
        description: s.description,
        checkInAt: null,
        checkOutAt: null,
        minutes: s.minutes,
        status: s.status,
        flagged: false,
        points: s.points,
      }),
    }),
  ],
  refs: (rows) => ({
    users: rows.map((r) => r.volunteerId),
    activities: rows.map((r) => r.activityId),
  }),
  columns: [
    { code: 'type', zh: '类型', cell: (r, f) => f.label(HOURS_TYPE_ZH, r.type) },
    { code: 'id', zh: null, cell: (r) => r.id },
    { code: 'volunteer_id', zh: null, cell: (r) => r.volunteerId },
    { code: 'volunteer', zh: '志愿者', cell: (r, f) => f.person(r.volunteerId) },
    {
      code: 'date',
      zh: '日期',
      cell: (r, f) => (typeof r.day === 'string' ? r.day : f.day(r.day)),
    },
    { code: 'activity_id', zh: null, cell: (r) => r.activityId },
    { code: 'activity', zh: '活动', cell: (r, f) => f.activity(r.activityId) },
    { code: 'description', zh: '服务内容', cell: (r) => r.description },
    { code: 'check_in_at', zh: '签到时间', cell: (r, f) => f.time(r.checkInAt) },
    { code: 'check_out_at', zh: '签退时间', cell: (r, f) => f.time(r.checkOutAt) },
    { code: 'minutes', zh: '时长（分钟）', cell: (r) => r.minutes },
    { code: 'status', zh: '状态', cell: (r, f) => f.label(HOURS_STATUS_ZH, r.status) },
    { code: 'flagged', zh: '异常（未签退）', cell: (r, f) => f.yes(r.flagged) },
    { code: 'points', zh: '积分', cell: (r) => r.points },
  ],
};

interface EntryRow {
  entry: PointEntry;
  /** The member's user id, or null for a system account. */
  userId: string | null;
  accountKind: string;
}

const pointsEntries: Sheet<EntryRow> = {
  title: '积分流水',
  sources: [
    source<PointEntry, EntryRow>({
      entity: PointEntry,
      where: (communityId, w) => ({ communityId, createdAt: upTo(w) }),
      prepare: async (rows, lookup) => {
        const accounts = await lookup(PointAccount, {
          id: In([...new Set(rows.map((r) => r.accountId))]),
        });
        const byId = new Map(accounts.map((a) => [a.id, a]));
        return (entry) => ({
          entry,
          userId: byId.get(entry.accountId)?.userId ?? null,
          accountKind: byId.get(entry.accountId)?.kind ?? '',
        });
      },
    }),
  ],
  refs: (rows) => ({ users: rows.map((r) => r.userId) }),
  columns: [
    { code: 'id', zh: null, cell: (r) => r.entry.id },
    { code: 'created_at', zh: '时间', cell: (r, f) => f.time(r.entry.createdAt) },
    { code: 'account_id', zh: null, cell: (r) => r.entry.accountId },
    {
      code: 'owner',
      zh: '账户',
      cell: (r, f) => (r.userId ? f.person(r.userId) : f.label(SYSTEM_ACCOUNT_ZH, r.accountKind)),
    },
    { code: 'kind', zh: '类型', cell: (r, f) => f.label(ENTRY_KIND_ZH, r.entry.kind) },
    { code: 'amount', zh: '积分变动', cell: (r) => r.entry.amount },
    { code: 'balance_after', zh: '变动后余额', cell: (r) => r.entry.balanceAfter },
    { code: 'source_type', zh: null, cell: (r) => r.entry.sourceType },
    { code: 'source_id', zh: null, cell: (r) => r.entry.sourceId },
    { code: 'note', zh: '说明', cell: (r) => r.entry.note },
  ],
};

const redemptions: Sheet<Redemption> = {
  title: '积分兑换',
  sources: [
    source<Redemption, Redemption>({
      entity: Redemption,
      where: (communityId, w) => ({ communityId, createdAt: upTo(w) }),
    }),
  ],
  refs: (rows) => ({ users: rows.map((r) => r.memberId), items: rows.map((r) => r.itemId) }),
  columns: [
    { code: 'id', zh: null, cell: (r) => r.id },
    { code: 'created_at', zh: '兑换时间', cell: (r, f) => f.time(r.createdAt) },
    { code: 'member_id', zh: null, cell: (r) => r.memberId },
    { code: 'member', zh: '兑换人', cell: (r, f) => f.person(r.memberId) },
    { code: 'item_id', zh: null, cell: (r) => r.itemId },
    { code: 'item_name', zh: '物品', cell: (r, f) => f.item(r.itemId) },
    { code: 'quantity', zh: '数量', cell: (r) => r.quantity },
    { code: 'points', zh: '积分', cell: (r) => r.points },
    { code: 'status', zh: '状态', cell: (r, f) => f.label(REDEMPTION_STATUS_ZH, r.status) },
    { code: 'channel', zh: '方式', cell: (r, f) => f.label(CHANNEL_ZH, r.channel) },
    { code: 'fulfilled_at', zh: '领取时间', cell: (r, f) => f.time(r.fulfilledAt) },
    { code: 'cancelled_at', zh: '取消时间', cell: (r, f) => f.time(r.cancelledAt) },
  ],
};

export const SHEETS = {
  wishes,
  hours,
  'points-entries': pointsEntries,
  redemptions,
} as unknown as Record<ExportName, Sheet<unknown>>;

export const EXPORTS = ['wishes', 'hours', 'points-entries', 'redemptions'] as const;
export type ExportName = (typeof EXPORTS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
