import { RecognitionService } from 'src/recognition/recognition.service';
import { Injectable } from '@nestjs/common';
import { EventsService } from 'src/events/events.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { ConflictError, InvalidStateError, ForbiddenError } from 'src/common/errors/app-error';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { assertCommunity, findInScope } from 'src/common/scope';
import {
  MemberView,
  VolunteerDetailsDto,
  VolunteerListQuery,
} from 'src/communities/dto/member.dto';
import { TransactionService } from 'src/database/transaction.service';
import { User } from 'src/users/entities/user.entity';
import { VolunteerProfile, VolunteerStatus } from 'src/users/entities/volunteer-profile.entity';
import { UsersService } from 'src/users/users.service';

/** Which decisions may follow which volunteer status. */
const ALLOWED: Record<'approve' | 'suspend', readonly VolunteerStatus[]> = {
  approve: ['pending', 'suspended'],
  suspend: ['pending', 'approved'],
};

export function nextVolunteerStatus(
  current: VolunteerStatus,
  decision: 'approve' | 'suspend',
): VolunteerStatus {
  if (!ALLOWED[decision].includes(current)) {
    throw new InvalidStateError(
      `A ${current} volunteer cannot be ${decision === 'approve' ? 'approved' : 'suspended'}`,
    );
  }
  return decision === 'approve' ? 'approved' : 'suspended';
}

/** Residents apply to volunteer; community staff approve or suspend. */
@Injectable()
export class VolunteersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly events: EventsService,
    private readonly recognition: RecognitionService,
  ) {}

  apply(actor: AuthUser, dto: VolunteerDetailsDto): Promise<MemberView> {
    return this.tx.run(async (m) => {
      const user = await this.users.getById(actor.id, m);
      if (!user.communityId) {
        throw new ForbiddenError('Only community members can volunteer');
      }
      if (await this.users.findProfile(user.id, m)) {
        throw new ConflictError('You have already applied to volunteer');
      }
      if (!user.roles.includes('volunteer')) {
        user.roles = [...user.roles, 'volunteer'];
        await m.save(user);
      }
      const profile = await this.users.saveProfile(m, user, 'pending', dto, null);
      return MemberView.of(user, profile);
    });
  }

  decide(actor: AuthUser, userId: string, decision: 'approve' | 'suspend'): Promise<MemberView> {
    return this.tx.run(async (m) => {
      const user = await findInScope(m, User, actor, userId, 'Volunteer');
      const profile = await this.users.findProfile(user.id, m);
      if (!profile) throw new InvalidStateError('This member has not applied to volunteer');
      const before = profile.status;
      const status = nextVolunteerStatus(before, decision);
      if (!user.roles.includes('volunteer')) {
        user.roles = [...user.roles, 'volunteer'];
        await m.save(user);
      }
      const saved = await this.users.saveProfile(m, user, status, {}, actor.id);
      await this.audit.record(m, actor, {
        communityId: user.communityId,
        action: `volunteer.${decision}`,
        targetType: 'user',
        targetId: user.id,
        before: { status: before },
        after: { status },
      });
      await this.events.publish(m, {
        type: status === 'approved' ? 'volunteer.approved' : 'volunteer.suspended',
        communityId: user.communityId!,
        subject: { type: 'user', id: user.id },
        actorId: actor.id,
      });
      return MemberView.of(user, saved);
    });
  }

  async list(
    actor: AuthUser,
    communityId: string,
    query: VolunteerListQuery,
  ): Promise<Page<MemberView>> {
    assertCommunity(actor, communityId);
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const profiles = await this.dataSource.manager.find(VolunteerProfile, {
      where: {
        communityId,
        ...(query.status ? { status: query.status } : {}),
        ...(after ? { userId: LessThan(after) } : {}),
      },
      order: { userId: 'DESC' },
      take: limit + 1,
    });
    const users = profiles.length
      ? await this.dataSource.manager.find(User, {
          where: { id: In(profiles.map((p) => p.userId)) },
        })
      : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    const rows = profiles.map((p) => ({ id: p.userId, profile: p }));
    const recognition = await this.recognition.of(
      communityId,
      rows.slice(0, limit).map((r) => r.id),
    );
    return toPage(rows, limit, (r) =>
      MemberView.of(byId.get(r.id)!, r.profile, recognition.get(r.id) ?? null),
    );
  }
}
