import { ConsentsService } from 'src/privacy/consents.service';
import { RecognitionService } from 'src/recognition/recognition.service';
import { Injectable } from '@nestjs/common';
import {
  RateLimitedError,
  UnauthenticatedError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { normalizePhone } from 'src/common/phone';
import { CommunitiesService } from 'src/communities/communities.service';
import { CommunityView } from 'src/communities/dto/community.dto';
import { VolunteerView } from 'src/communities/dto/member.dto';
import { GridsService } from 'src/communities/grids.service';
import { AuthSession, MeView, RegisterDto } from 'src/auth/dto/auth.dto';
import { TokensService } from 'src/auth/tokens.service';
import { TransactionService } from 'src/database/transaction.service';
import { User } from 'src/users/entities/user.entity';
import { PasswordService } from 'src/users/password.service';
import { UsersService } from 'src/users/users.service';

/** Failed logins allowed per phone within the window before further attempts are refused. */
export const MAX_FAILED_LOGINS = 5;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** True when a phone has used up its failed-login budget in the current window. */
export function isLockedOut(
  user: Pick<User, 'failedLoginCount' | 'failedLoginWindowStart'>,
  now = Date.now(),
) {
  return (
    user.failedLoginWindowStart !== null &&
    now - user.failedLoginWindowStart.getTime() < FAILED_LOGIN_WINDOW_MS &&
    user.failedLoginCount >= MAX_FAILED_LOGINS
  );
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokensService,
    private readonly communities: CommunitiesService,
    private readonly grids: GridsService,
    private readonly tx: TransactionService,
    private readonly recognition: RecognitionService,
    private readonly consents: ConsentsService,
  ) {}

  /** A resident joins their community by its code. */
  async register(dto: RegisterDto): Promise<AuthSession> {
    const privacyVersion = this.consents.assertCurrent(dto.privacyVersion);
    const community = await this.communities.findByCode(dto.communityCode);
    if (!community) {
      throw ValidationFailedError.field('communityCode', 'No community has this code');
    }
    const user = await this.users.prepare({
      communityId: community.id,
      gridId: dto.gridId ?? null,
      phone: dto.phone,
      name: dto.name,
      password: dto.password,
      roles: ['resident'],
      phoneVerifiedAt: null,
    });
    await this.tx.run(async (m) => {
      if (dto.gridId) await this.grids.assertInCommunity(m, community.id, dto.gridId);
      await this.users.insert(m, user);
      const actor = {
        id: user.id,
        communityId: community.id,
        gridId: user.gridId,
        roles: user.roles,
        requestId: 'register',
      };
      await this.consents.record(m, actor, 'privacy_notice', true, privacyVersion);
    });
    return this.session(user);
  }

  /** Checks a phone and password (the passport local strategy calls this). */
  /** The phone as typed (`138 0013-8000` too: passport reads the body before any pipe). */
  async validateLogin(phone: string, password: string): Promise<User> {
    const user = await this.users.findByPhone(normalizePhone(phone));
    if (!user) {
      await this.passwords.verifyNothing(password);
      throw new UnauthenticatedError('Wrong phone number or password');
    }
    if (isLockedOut(user)) {
      throw new RateLimitedError('Too many failed logins for this phone; try again in 15 minutes');
    }
    const ok = await this.passwords.verify(user.passwordHash, password);
    if (!ok) {
      await this.recordFailure(user.id);
      throw new UnauthenticatedError('Wrong phone number or password');
    }
    if (user.disabled) throw new UnauthenticatedError('This account is disabled');
    if (user.failedLoginCount > 0) {
      await this.tx.run((m) =>
        m.update(User, { id: user.id }, { failedLoginCount: 0, failedLoginWindowStart: null }),
      );
    }
    return user;
  }

  async session(user: User): Promise<AuthSession> {
    return { ...(await this.tokens.issue(user)), user: await this.me(user.id) };
  }

  async refresh(refreshToken: string) {
    const { userId, familyId } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findById(userId);
    if (!user || user.disabled) throw new UnauthenticatedError('This account is disabled');
    return this.tokens.issue(user, familyId);
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revokeFamily(refreshToken);
  }

  async me(userId: string): Promise<MeView> {
    const user = await this.users.getById(userId);
    const [community, profile, recognition, privacy] = await Promise.all([
      user.communityId ? this.communities.findById(user.communityId) : null,
      this.users.findProfile(user.id),
      user.communityId ? this.recognition.one(user.communityId, user.id) : null,
      this.consents.view(user.id),
    ]);
    return {
      id: user.id,
      phone: user.phone,
      name: user.name,
      roles: user.roles,
      gridId: user.gridId,
      address: user.address,
      phoneVerified: user.phoneVerifiedAt !== null,
      community: community ? CommunityView.of(community) : null,
      volunteer: profile ? VolunteerView.of(profile) : null,
      recognition,
      privacy,
    };
  }

  /** Counts a failed login atomically; a window older than 15 minutes starts over. */
  private async recordFailure(userId: string): Promise<void> {
    const now = new Date();
    const cutoff = new Date(now.getTime() - FAILED_LOGIN_WINDOW_MS);
    await this.tx.run((m) =>
      m
        .createQueryBuilder()
        .update(User)
        .set({
          failedLoginCount: () =>
            'CASE WHEN failed_login_window_start IS NULL OR failed_login_window_start < :cutoff THEN 1 ELSE failed_login_count + 1 END',
          failedLoginWindowStart: () =>
            'CASE WHEN failed_login_window_start IS NULL OR failed_login_window_start < :cutoff THEN :now ELSE failed_login_window_start END',
        })
        .where('id = :id', { id: userId })
        .setParameters({ cutoff, now })
        .execute(),
    );
  }
}
