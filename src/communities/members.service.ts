import { RecognitionService } from 'src/recognition/recognition.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import { Clock } from 'src/common/clock/clock';
import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { ForbiddenError } from 'src/common/errors/app-error';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { maskPhone } from 'src/common/privacy';
import { findInScope } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import {
  CreateMemberDto,
  MemberListQuery,
  MemberView,
  PersonView,
  UpdateMemberDto,
} from 'src/communities/dto/member.dto';
import { GridsService } from 'src/communities/grids.service';
import { TransactionService } from 'src/database/transaction.service';
import { User } from 'src/users/entities/user.entity';
import { VolunteerProfile } from 'src/users/entities/volunteer-profile.entity';
import { withRole } from 'src/users/roles';
import { UsersService } from 'src/users/users.service';

const auditSummary = (u: User) => ({
  name: u.name,
  roles: u.roles,
  gridId: u.gridId,
  disabled: u.disabled,
});

/** Community admins create and edit the members of their community. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly communities: CommunitiesService,
    private readonly grids: GridsService,
    private readonly clock: Clock,
    private readonly recognition: RecognitionService,
  ) {}

  async create(
    actor: AuthUser,
    communityId: string,
    dto: CreateMemberDto,
    passwordHash?: string,
  ): Promise<MemberView> {
    await this.communities.get(actor, communityId);
    // Staff adding a member vouch for the phone, as they do for the person.
    const user = await this.users.prepare(
      { ...dto, communityId, phoneVerifiedAt: this.clock.now() },
      passwordHash,
    );
    return this.tx.run(async (m) => {
      if (dto.gridId) await this.grids.assertInCommunity(m, communityId, dto.gridId);
      await this.users.insert(m, user);
      const profile = user.roles.includes('volunteer')
        ? await this.users.saveProfile(m, user, 'approved', dto.volunteer ?? {}, actor.id)
        : null;
      await this.audit.record(m, actor, {
        communityId,
        action: 'member.create',
        targetType: 'user',
        targetId: user.id,
        after: auditSummary(user),
      });
      return MemberView.of(user, profile);
    });
  }

  async list(
    actor: AuthUser,
    communityId: string,
    query: MemberListQuery,
  ): Promise<Page<MemberView>> {
    await this.communities.get(actor, communityId);
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const rows = await this.dataSource.manager.find(User, {
      where: {
        communityId,
        ...(after ? { id: LessThan(after) } : {}),
        ...(query.role ? { roles: withRole(query.role) } : {}),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    const profiles = page.length
      ? await this.dataSource.manager.find(VolunteerProfile, {
          where: { userId: In(page.map((u) => u.id)) },
        })
      : [];
    const byUser = new Map(profiles.map((p) => [p.userId, p]));
    const recognition = await this.recognition.of(
      communityId,
      page.map((u) => u.id),
    );
    return toPage(rows, limit, (u) =>
      MemberView.of(u, byUser.get(u.id) ?? null, recognition.get(u.id) ?? null),
    );
  }

  /** Names and masked phones of members of the community; ids from elsewhere are left out. */
  async people(actor: AuthUser, communityId: string, ids: string[]): Promise<PersonView[]> {
    await this.communities.get(actor, communityId);
    const users = await this.dataSource.manager.find(User, {
      select: { id: true, name: true, phone: true },
      where: { id: In([...new Set(ids)]), communityId },
    });
    return users.map((u) => ({ id: u.id, name: u.name, phone: maskPhone(u.phone) }));
  }

  async get(actor: AuthUser, id: string): Promise<MemberView> {
    const user = await findInScope(this.dataSource.manager, User, actor, id, 'Member');
    const [profile, recognition] = await Promise.all([
      this.users.findProfile(user.id),
      user.communityId ? this.recognition.one(user.communityId, user.id) : null,
    ]);
    return MemberView.of(user, profile, recognition);
  }

  async update(actor: AuthUser, id: string, dto: UpdateMemberDto): Promise<MemberView> {
    const passwordHash = dto.password ? await this.users.hashPassword(dto.password) : undefined;
    return this.tx.run(async (m) => {
      const user = await findInScope(m, User, actor, id, 'Member');
      if (user.roles.includes('platform_admin') && !isPlatformAdmin(actor)) {
        throw new ForbiddenError('Only a platform admin may change a platform admin');
      }
      if (
        user.id === actor.id &&
        dto.roles &&
        !dto.roles.includes('community_admin') &&
        !isPlatformAdmin(actor)
      ) {
        throw new ForbiddenError('You cannot remove your own admin role');
      }
      const before = auditSummary(user);
      if (dto.gridId && user.communityId) {
        await this.grids.assertInCommunity(m, user.communityId, dto.gridId);
      }
      if (dto.name !== undefined) user.name = dto.name;
      if (dto.address !== undefined) user.address = dto.address;
      if (dto.gridId !== undefined) user.gridId = dto.gridId;
      if (dto.disabled !== undefined) user.disabled = dto.disabled;
      if (dto.roles !== undefined) user.roles = dto.roles;
      if (passwordHash) user.passwordHash = passwordHash;
      await m.save(user);
      let profile = await this.users.findProfile(user.id, m);
      if (user.roles.includes('volunteer') && !profile) {
        profile = await this.users.saveProfile(m, user, 'approved', {}, actor.id);
      }
      await this.audit.record(m, actor, {
        communityId: user.communityId,
        action: 'member.update',
        targetType: 'user',
        targetId: user.id,
        before,
        after: { ...auditSummary(user), ...(passwordHash ? { passwordChanged: true } : {}) },
      });
      return MemberView.of(user, profile);
    });
  }
}
