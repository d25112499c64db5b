import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { NotFoundError } from 'src/common/errors/app-error';
import { assertCommunity } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { fromDbTime } from 'src/database/raw-time';
import { RecognitionService } from 'src/recognition/recognition.service';
import { hoursOf, starTitle } from 'src/recognition/recognition.rules';
import {
  HonourView,
  RecordLineView,
  RecordTotalsView,
  RecordYearView,
  VolunteerRecordView,
} from 'src/service-record/dto/service-record.dto';
import { User } from 'src/users/entities/user.entity';
import { UsersService } from 'src/users/users.service';

type Row = Record<string, string | number | Date | null>;

/** Everything on one volunteer's record, before it is cut to a year or a period. */
export interface RecordBook {
  volunteerId: string;
  name: string;
  community: string;
  communityId: string;
  timeZone: string;
  services: RecordLineView[];
  trainings: RecordLineView[];
  honours: HonourView[];
}

const str = (v: Row[string]) => (v === null ? null : String(v));

/** Totals of lines: service minutes (activities and reports), trainings apart, wishes counted. */
export function totalsOf(
  services: RecordLineView[],
  trainings: RecordLineView[],
): RecordTotalsView {
  const timed = services.filter((l) => l.minutes !== null);
  const minutes = timed.reduce((sum, l) => sum + (l.minutes ?? 0), 0);
  const trainingMinutes = trainings.reduce((sum, l) => sum + (l.minutes ?? 0), 0);
  return {
    minutes,
    hours: hoursOf(minutes),
    services: timed.length,
    trainingMinutes,
    trainingHours: hoursOf(trainingMinutes),
    wishes: services.length - timed.length,
  };
}

const newestFirst = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1;

/**
 * The volunteer's record (记录办法 第五～十条): approved attendances and self-reports, completed
 * wishes, trainings and honours, read from the rows that hold them — the record is never a
 * second copy that could disagree. Five statements whatever its length.
 */
@Injectable()
export class ServiceRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
    private readonly users: UsersService,
    private readonly recognition: RecognitionService,
  ) {}

  mine(user: AuthUser, year?: number): Promise<VolunteerRecordView> {
    if (!user.communityId) throw new NotFoundError('Service record');
    return this.view(user.communityId, user.id, year);
  }

  async ofMember(actor: AuthUser, memberId: string, year?: number): Promise<VolunteerRecordView> {
    const member = await this.member(actor, memberId);
    return this.view(member.communityId!, member.id, year);
  }

  /** A member of the caller's community (404 for anyone else's). */
  async member(actor: AuthUser, memberId: string): Promise<User> {
    const member = await this.users.findById(memberId);
    if (!member?.communityId) throw new NotFoundError('Member');
    assertCommunity(actor, member.communityId);
    return member;
  }

  async view(
    communityId: string,
    volunteerId: string,
    year?: number,
  ): Promise<VolunteerRecordView> {
    const [book, recognition] = await Promise.all([
      this.book(communityId, volunteerId),
      this.recognition.one(communityId, volunteerId),
    ]);
    const years = new Map<number, { services: RecordLineView[]; trainings: RecordLineView[] }>();
    const yearOf = (l: RecordLineView) => Number(l.date.slice(0, 4));
    for (const [list, key] of [
      [book.services, 'services'],
      [book.trainings, 'trainings'],
    ] as const) {
      for (const line of list) {
        const y = years.get(yearOf(line)) ?? { services: [], trainings: [] };
        y[key].push(line);
        years.set(yearOf(line), y);
      }
    }
    const inYear = (l: RecordLineView) => year === undefined || yearOf(l) === year;
    return {
      volunteerId,
      name: book.name,
      community: book.community,
      totals: totalsOf(book.services, book.trainings),
      years: [...years.entries()]
        .sort(([a], [b]) => b - a)
        .map(([y, l]): RecordYearView => ({ year: y, ...totalsOf(l.services, l.trainings) })),
      services: book.services.filter(inYear),
      trainings: book.trainings.filter(inYear),
      honours: book.honours.filter((h) => year === undefined || h.date.startsWith(String(year))),
      recognition,
    };
  }

  /** Every line of the record, newest first. */
  async book(communityId: string, volunteerId: string): Promise<RecordBook> {
    const q = (sql: string, params: unknown[]) => this.dataSource.query<Row[]>(sql, params);
    const [community, volunteer, attendances, reports, wishes, honours, levels] = await Promise.all(
      [
        this.communities.findById(communityId),
        this.users.findById(volunteerId),
        q(
          `SELECT t.id, t.check_in_at, t.minutes, t.approved_by, a.title, a.description, a.place,
                  a.organiser_id, a.is_training, a.starts_at
           FROM attendances t JOIN activities a ON a.id = t.activity_id
           WHERE t.volunteer_id = ? AND t.community_id = ? AND t.status = 'approved'`,
          [volunteerId, communityId],
        ),
        q(
          `SELECT id, service_date, minutes, description, decided_by FROM service_records
           WHERE volunteer_id = ? AND community_id = ? AND status = 'approved'`,
          [volunteerId, communityId],
        ),
        q(
          `SELECT w.id, w.title, w.completion_note, w.completed_at, g.name AS grid_name
           FROM wishes w JOIN grids g ON g.id = w.grid_id
           WHERE w.claimer_id = ? AND w.community_id = ? AND w.status IN ('completed', 'closed')`,
          [volunteerId, communityId],
        ),
        q(
          `SELECT r.id, r.fulfilled_at, i.name FROM redemptions r JOIN store_items i ON i.id = r.item_id
           WHERE r.member_id = ? AND r.community_id = ? AND r.status = 'fulfilled' AND i.kind = 'honor'`,
          [volunteerId, communityId],
        ),
        this.recognition.levels(communityId, volunteerId),
      ],
    );
    if (!community || !volunteer) throw new NotFoundError('Service record');
    const zone = community.timezone;
    const day = (v: Row[string]) =>
      DateTime.fromJSDate(fromDbTime(v as Date | string), { zone }).toISODate()!;
    const names = await this.names([
      ...attendances.flatMap((a) => [str(a.organiser_id), str(a.approved_by)]),
      ...reports.map((r) => str(r.decided_by)),
    ]);
    const name = (id: Row[string]) => (id === null ? null : (names.get(String(id)) ?? null));
    const activityLines = attendances.map((a): RecordLineView => {
      const minutes = Number(a.minutes ?? 0);
      // The day it began: a late check-in counts from the check-in, never before the start.
      const began =
        fromDbTime(a.check_in_at as Date | string) > fromDbTime(a.starts_at as Date | string)
          ? a.check_in_at
          : a.starts_at;
      return {
        kind: Number(a.is_training) ? 'training' : 'activity',
        id: String(a.id),
        date: day(began),
        title: String(a.title),
        place: str(a.place),
        content: str(a.description) ?? String(a.title),
        minutes,
        hours: hoursOf(minutes),
        organiser: name(a.organiser_id) ?? community.name,
        approvedBy: name(a.approved_by),
      };
    });
    const services: RecordLineView[] = [
      ...activityLines.filter((l) => l.kind === 'activity'),
      ...reports.map((r): RecordLineView => {
        const minutes = Number(r.minutes);
        return {
          kind: 'report',
          id: String(r.id),
          date: String(r.service_date),
          title: '自主志愿服务',
          place: null,
          content: String(r.description),
          minutes,
          hours: hoursOf(minutes),
          organiser: community.name,
          approvedBy: name(r.decided_by),
        };
      }),
      ...wishes.map((w): RecordLineView => ({
        kind: 'wish',
        id: String(w.id),
        date: day(w.completed_at),
        title: `微心愿：${String(w.title)}`,
        place: String(w.grid_name),
        content: str(w.completion_note) ?? String(w.title),
        minutes: null,
        hours: null,
        organiser: community.name,
        approvedBy: null,
      })),
    ].sort(newestFirst);
    const honourLines: HonourView[] = [
      ...levels.map((l) => ({
        kind: 'level' as const,
        date: DateTime.fromJSDate(l.reachedAt, { zone }).toISODate()!,
        title: starTitle(l.level),
      })),
      ...honours.map((h) => ({
        kind: 'store_honour' as const,
        date: day(h.fulfilled_at),
        title: String(h.name),
      })),
    ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    return {
      volunteerId,
      name: volunteer.name,
      community: community.name,
      communityId,
      timeZone: zone,
      services,
      trainings: activityLines.filter((l) => l.kind === 'training').sort(newestFirst),
      honours: honourLines,
    };
  }

  private async names(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const users = await this.dataSource.manager.find(User, {
      select: { id: true, name: true },
      where: { id: In(wanted) },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
