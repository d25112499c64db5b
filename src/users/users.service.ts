import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConflictError, NotFoundError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { isUniqueViolation } from 'src/database/db-errors';
import { forUpdate } from 'src/database/locking';
import { User } from 'src/users/entities/user.entity';
import { VolunteerProfile, VolunteerStatus } from 'src/users/entities/volunteer-profile.entity';
import { PasswordService } from 'src/users/password.service';
import type { Role } from 'src/users/roles';
import type { AuthUser } from 'src/common/auth-user';

export interface NewUser {
  communityId: string | null;
  gridId?: string | null;
  phone: string;
  name: string;
  password: string;
  roles: Role[];
  address?: string | null;
  /** When the phone was proven: staff adding a member vouch for it; self-registration does not. */
  phoneVerifiedAt: Date | null;
}

export interface VolunteerDetails {
  skills?: string[];
  isPartyMember?: boolean;
  teams?: string[];
}

/** Owns the users and volunteer_profiles tables. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOne(User, { where: { id } });
  }

  async getById(id: string, manager?: EntityManager): Promise<User> {
    const user = await this.findById(id, manager);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /**
   * Who a signed-in caller is now, by one primary-key read: roles, community and grid as they
   * are in the database, or null when the account is disabled or gone. Raw SQL keeps this
   * per-request read cheap.
   */
  async identity(userId: string): Promise<Omit<AuthUser, 'requestId'> | null> {
    const [row] = await this.dataSource.query<
      {
        id: string;
        community_id: string | null;
        grid_id: string | null;
        roles: string | null;
        disabled: number | boolean;
      }[]
    >('SELECT id, community_id, grid_id, roles, disabled FROM users WHERE id = ?', [userId]);
    if (!row || Boolean(row.disabled)) return null;
    return {
      id: row.id,
      communityId: row.community_id,
      gridId: row.grid_id,
      roles: row.roles ? (row.roles.split(',') as Role[]) : [],
    };
  }

  /** Approved, enabled volunteers whose home grid is `gridId` (at most `limit`, by name). */
  async approvedVolunteersOfGrid(
    communityId: string,
    gridId: string,
    limit: number,
  ): Promise<{ user: User; profile: VolunteerProfile }[]> {
    const users = await this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .innerJoin(VolunteerProfile, 'p', 'p.user_id = u.id')
      .where('u.grid_id = :gridId AND u.community_id = :communityId', { gridId, communityId })
      .andWhere('p.status = :approved AND u.disabled = :no', { approved: 'approved', no: false })
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(limit)
      .getMany();
    if (!users.length) return [];
    const profiles = await this.dataSource.manager.findBy(VolunteerProfile, {
      userId: In(users.map((u) => u.id)),
    });
    const byId = new Map(profiles.map((p) => [p.userId, p]));
    return users.map((user) => ({ user, profile: byId.get(user.id)! }));
  }

  findByPhone(phone: string): Promise<User | null> {
    return this.dataSource.manager.findOne(User, { where: { phone } });
  }

  findProfile(userId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(VolunteerProfile, { where: { userId } });
  }

  /**
   * The volunteer's profile, locked for the rest of the transaction and read as last committed:
   * what guards a volunteer's running totals of service (one volunteer's reports and approvals
   * queue here).
   */
  lockProfile(userId: string, manager: EntityManager): Promise<VolunteerProfile | null> {
    return forUpdate(
      manager,
      manager.createQueryBuilder(VolunteerProfile, 'p').where('p.user_id = :userId', { userId }),
    ).getOne();
  }

  hashPassword(password: string): Promise<string> {
    return this.passwords.hash(password);
  }

  /**
   * Inserts a user. Hash the password before opening the transaction (`prepare`), so the slow
   * argon2 work never holds a database lock. An import that gives many members the same
   * initial password passes its hash, computed once.
   */
  async prepare(input: NewUser, passwordHash?: string): Promise<User> {
    const user = new User();
    Object.assign(user, {
      id: newId(),
      communityId: input.communityId,
      gridId: input.gridId ?? null,
      phone: input.phone,
      name: input.name,
      address: input.address ?? null,
      passwordHash: passwordHash ?? (await this.passwords.hash(input.password)),
      roles: [...new Set(input.roles)],
      phoneVerifiedAt: input.phoneVerifiedAt,
      disabled: false,
      failedLoginCount: 0,
      failedLoginWindowStart: null,
    });
    return user;
  }

  async insert(manager: EntityManager, user: User): Promise<User> {
    try {
      return await manager.save(user);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('A user with this phone already exists');
      throw err;
    }
  }

  async saveProfile(
    manager: EntityManager,
    user: User,
    status: VolunteerStatus,
    details: VolunteerDetails,
    decidedBy: string | null,
  ): Promise<VolunteerProfile> {
    const existing = await manager.findOne(VolunteerProfile, { where: { userId: user.id } });
    const profile = existing ?? manager.create(VolunteerProfile, { userId: user.id });
    Object.assign(profile, {
      communityId: user.communityId,
      status,
      skills: details.skills ?? existing?.skills ?? [],
      isPartyMember: details.isPartyMember ?? existing?.isPartyMember ?? false,
      teams: details.teams ?? existing?.teams ?? [],
      decidedAt: status === 'pending' ? null : new Date(),
      decidedBy: status === 'pending' ? null : decidedBy,
    });
    return manager.save(profile);
  }
}
