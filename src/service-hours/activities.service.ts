import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId, randomToken } from 'src/common/ids';
import { decodeCursor, Page, PageQuery, pageSize, toPage } from 'src/common/pagination/page';
import { findInScope } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { GridsService } from 'src/communities/grids.service';
import { isUniqueViolation } from 'src/database/db-errors';
import { affected } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { PointRulesService } from 'src/points/point-rules.service';
import {
  ActivityView,
  CreateActivityDto,
  MyActivityView,
  UpdateActivityDto,
} from 'src/service-hours/dto/hours.dto';
import { ActivitySignup } from 'src/service-hours/entities/activity-signup.entity';
import { Activity } from 'src/service-hours/entities/activity.entity';
import { Attendance } from 'src/service-hours/entities/attendance.entity';
import { backfillStart, currentCode, MAX_ACTIVITY_HOURS } from 'src/service-hours/hours.rules';
import { UsersService } from 'src/users/users.service';
import { AppConfig } from 'src/config/app-config';
import { APP_PATHS } from 'src/pages/app-links';

export const isOrganiser = (user: AuthUser, a: Activity): boolean =>
  a.organiserId === user.id || isPlatformAdmin(user) || user.roles.includes('community_admin');

export function toActivityView(a: Activity): ActivityView {
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    place: a.place,
    gridId: a.gridId,
    organiserId: a.organiserId,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    capacity: a.capacity,
    signedUp: a.signedUp,
    pointsPerHour: a.pointsPerHour,
    isTraining: a.isTraining,
  };
}

/** Activities and sign-ups; sign-ups never exceed capacity (conditional update + unique row). */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly rules: PointRulesService,
    private readonly grids: GridsService,
    private readonly users: UsersService,
    private readonly communities: CommunitiesService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async create(actor: AuthUser, dto: CreateActivityDto): Promise<Activity> {
    const communityId = actor.communityId;
    if (!communityId) throw new ForbiddenError('Only community staff create activities');
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const { rules } = await this.rules.current(communityId);
    await this.assertWindow(communityId, startsAt, endsAt, rules.backfillDays);
    const pointsPerHour = dto.pointsPerHour ?? rules.pointsPerHour;
    const activity = Object.assign(new Activity(), {
      id: newId(),
      communityId,
      gridId: dto.gridId ?? null,
      organiserId: actor.id,
      title: dto.title,
      description: dto.description ?? null,
      place: dto.place ?? null,
      startsAt,
      endsAt,
      capacity: dto.capacity,
      signedUp: 0,
      pointsPerHour,
      isTraining: dto.isTraining ?? false,
      codeSecret: randomToken(32),
    });
    return this.tx.run(async (m) => {
      if (dto.gridId) await this.grids.assertInCommunity(m, communityId, dto.gridId);
      await m.save(activity);
      await this.audit.record(m, actor, {
        communityId,
        action: 'activity.create',
        targetType: 'activity',
        targetId: activity.id,
        after: toActivityView(activity) as unknown as Record<string, unknown>,
      });
      return activity;
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateActivityDto): Promise<Activity> {
    return this.tx.run(async (m) => {
      const a = await this.organised(m, actor, id);
      const before = toActivityView(a);
      Object.assign(a, {
        ...(dto.title !== undefined ? { title: dto.title } : {}),
        ...(dto.description !== undefined ? { description: dto.description } : {}),
        ...(dto.place !== undefined ? { place: dto.place } : {}),
        ...(dto.startsAt !== undefined ? { startsAt: new Date(dto.startsAt) } : {}),
        ...(dto.endsAt !== undefined ? { endsAt: new Date(dto.endsAt) } : {}),
        ...(dto.pointsPerHour !== undefined ? { pointsPerHour: dto.pointsPerHour } : {}),
      });
      if (dto.startsAt !== undefined || dto.endsAt !== undefined) {
        const { rules } = await this.rules.current(a.communityId, m);
        await this.assertWindow(a.communityId, a.startsAt, a.endsAt, rules.backfillDays);
      }
      if (dto.capacity !== undefined) {
        if (dto.capacity < a.signedUp) {
          throw ValidationFailedError.field(
            'capacity',
            `capacity cannot go below the ${a.signedUp} signed up`,
          );
        }
        a.capacity = dto.capacity;
      }
      await m
        .createQueryBuilder()
        .update(Activity)
        .set({
          title: a.title,
          description: a.description,
          place: a.place,
          startsAt: a.startsAt,
          endsAt: a.endsAt,
          capacity: a.capacity,
          pointsPerHour: a.pointsPerHour,
          updatedAt: new Date(),
        })
        .where('id = :id AND signed_up <= :capacity', { id: a.id, capacity: a.capacity })
        .execute();
      await this.audit.record(m, actor, {
        communityId: a.communityId,
        action: 'activity.update',
        targetType: 'activity',
        targetId: a.id,
        before: before as unknown as Record<string, unknown>,
        after: toActivityView(a) as unknown as Record<string, unknown>,
      });
      return a;
    });
  }

  /**
   * An activity lasts at most a day and starts no earlier than the community's backfill window
   * allows: nobody can invent service long ago, or more of it than a day holds.
   */
  private async assertWindow(
    communityId: string,
    startsAt: Date,
    endsAt: Date,
    backfillDays: number,
  ): Promise<void> {
    if (endsAt <= startsAt)
      throw ValidationFailedError.field('endsAt', 'endsAt must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_ACTIVITY_HOURS * 3_600_000)
      throw ValidationFailedError.field('endsAt', 'An activity lasts at most 24 hours');
    const earliest = backfillStart(
      this.clock.now(),
      await this.communities.timeZone(communityId),
      backfillDays,
    );
    if (startsAt < earliest) {
      throw ValidationFailedError.field(
        'startsAt',
        `startsAt may lie at most ${backfillDays} days in the past`,
      );
    }
  }

  async list(actor: AuthUser, q: PageQuery): Promise<Page<MyActivityView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const rows = await this.dataSource.manager.find(Activity, {
      where: {
        ...(actor.communityId ? { communityId: actor.communityId } : {}),
        ...(after ? { id: LessThan(after) } : {}),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    const page = toPage(rows, limit, (a) => a);
    return { ...page, items: await this.asSeenBy(actor, page.items) };
  }

  /** Activities with the caller's own sign-up and attendance: two lookups for the whole page. */
  async asSeenBy(actor: AuthUser, activities: Activity[]): Promise<MyActivityView[]> {
    const ids = activities.map((a) => a.id);
    const where = { volunteerId: actor.id, activityId: In(ids) };
    const [signups, attendances] = ids.length
      ? await Promise.all([
          this.dataSource.manager.find(ActivitySignup, { select: { activityId: true }, where }),
          this.dataSource.manager.find(Attendance, {
            select: { activityId: true, status: true },
            where,
          }),
        ])
      : [[], []];
    const signedUp = new Set(signups.map((s) => s.activityId));
    const attendance = new Map(attendances.map((x) => [x.activityId, x.status]));
    return activities.map((a) => ({
      ...toActivityView(a),
      signedUpByMe: signedUp.has(a.id),
      myAttendance: attendance.get(a.id) ?? null,
    }));
  }

  get(actor: AuthUser, id: string, m: EntityManager = this.dataSource.manager): Promise<Activity> {
    return findInScope(m, Activity, actor, id, 'Activity');
  }

  /** An activity the caller organises (its creator or a community admin). */
  async organised(m: EntityManager, actor: AuthUser, id: string): Promise<Activity> {
    const a = await this.get(actor, id, m);
    if (!isOrganiser(actor, a)) throw new ForbiddenError('Only the organiser can do this');
    return a;
  }

  signUp(actor: AuthUser, id: string): Promise<Activity> {
    return this.tx.run(async (m) => {
      const a = await this.get(actor, id, m);
      if (a.organiserId === actor.id)
        throw new ForbiddenError('Organisers do not sign up to their own activity');
      const profile = await this.users.findProfile(actor.id, m);
      if (profile?.status !== 'approved')
        throw new ForbiddenError('Only approved volunteers sign up');
      if (a.endsAt <= this.clock.now()) throw new InvalidStateError('This activity is over');
      try {
        await m.insert(ActivitySignup, {
          id: newId(),
          activityId: a.id,
          volunteerId: actor.id,
          createdAt: new Date(),
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError('You have signed up already');
        throw err;
      }
      const taken = await m
        .createQueryBuilder()
        .update(Activity)
        .set({ signedUp: () => 'signed_up + 1', updatedAt: new Date() })
        .where('id = :id AND signed_up < capacity', { id: a.id })
        .execute();
      if (affected(taken) !== 1) throw new ConflictError('This activity is full');
      return m.findOneByOrFail(Activity, { id: a.id });
    });
  }

  withdraw(actor: AuthUser, id: string): Promise<void> {
    return this.tx.run(async (m) => {
      const a = await this.get(actor, id, m);
      const removed = await m.delete(ActivitySignup, { activityId: a.id, volunteerId: actor.id });
      if (affected(removed) !== 1) throw new NotFoundError('Sign-up');
      // Checked after the sign-up is found (and its removal rolled back if too late).
      if (a.startsAt <= this.clock.now())
        throw new InvalidStateError('You can only withdraw before the activity starts');
      await m
        .createQueryBuilder()
        .update(Activity)
        .set({ signedUp: () => 'signed_up - 1', updatedAt: new Date() })
        .where('id = :id', { id: a.id })
        .execute();
    });
  }

  /** Who signed up, in the order they did (the organiser's roster, to mark attendance by). */
  async signups(
    actor: AuthUser,
    id: string,
  ): Promise<{ volunteerId: string; signedUpAt: string }[]> {
    const a = await this.organised(this.dataSource.manager, actor, id);
    const rows = await this.dataSource.manager.find(ActivitySignup, {
      where: { activityId: a.id },
      order: { id: 'ASC' },
      take: a.capacity,
    });
    return rows.map((s) => ({ volunteerId: s.volunteerId, signedUpAt: s.createdAt.toISOString() }));
  }

  async isSignedUp(m: EntityManager, activityId: string, volunteerId: string): Promise<boolean> {
    return m.exists(ActivitySignup, { where: { activityId, volunteerId } });
  }

  /** The rotating code for the organiser's screen, and the app link its QR holds. */
  async code(actor: AuthUser, id: string) {
    const m = this.dataSource.manager;
    await this.organised(m, actor, id);
    const { code, expiresAt } = currentCode(await this.secret(m, id), id, this.clock.now());
    const link = `${this.config.publicBaseUrl}${APP_PATHS.checkin}?a=${id}&c=${code}`;
    return { code, expiresAt, link };
  }

  async secret(m: EntityManager, id: string): Promise<string> {
    const row = await m.findOneOrFail(Activity, {
      select: { id: true, codeSecret: true },
      where: { id },
    });
    return row.codeSecret;
  }
}
