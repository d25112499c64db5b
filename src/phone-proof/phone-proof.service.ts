import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AttemptsService } from 'src/common/attempts/attempts.service';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { AppError, InvalidStateError, ValidationFailedError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { maskPhone } from 'src/common/privacy';
import { findInScope } from 'src/common/scope';
import { CommunitiesService } from 'src/communities/communities.service';
import { insertOrIgnore } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { SmsGateway } from 'src/notifications/sms.gateway';
import { PhoneCode } from 'src/phone-proof/entities/phone-code.entity';
import { PhoneCodeSentView, PhoneProofView } from 'src/phone-proof/dto/phone-proof.dto';
import { User } from 'src/users/entities/user.entity';
import { WishesService } from 'src/wishes/wishes.service';

/** A code lives this long; a member may ask for this many codes and guess this often per window. */
export const PHONE_CODE_MINUTES = 10;
export const PHONE_CODE_SENDS = 3;
export const PHONE_CODE_GUESSES = 5;

/** A code that is wrong, expired or was never sent: counted as a wrong try. */
export class WrongPhoneCodeError extends ValidationFailedError {
  constructor() {
    const message = 'This code is wrong or has expired; ask for a new one';
    super([{ field: 'code', messages: [message] }], message);
  }
}

const hashOf = (userId: string, code: string) =>
  createHash('sha256').update(`${userId}:${code}`).digest('hex');

/**
 * Proves a member's phone is theirs — by a code sent to it by SMS where a gateway is set up, or
 * by staff who checked in person — and then hands them the wishes given with that phone (QR
 * code, a grid worker's proxy post). Until then a self-registered account gets none of them:
 * anyone can register any number. Codes are hashed, live 10 minutes, and both sending and
 * guessing are limited per member in the database, across instances.
 */
@Injectable()
export class PhoneProofService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sms: SmsGateway,
    private readonly attempts: AttemptsService,
    private readonly audit: AuditService,
    private readonly communities: CommunitiesService,
    private readonly wishes: WishesService,
    private readonly clock: Clock,
    private readonly tx: TransactionService,
  ) {}

  async sendCode(actor: AuthUser): Promise<PhoneCodeSentView> {
    const user = unverified(await this.dataSource.manager.findOneByOrFail(User, { id: actor.id }));
    if (!this.sms.enabled)
      throw new InvalidStateError(
        'No SMS gateway is set up: ask a grid worker or the community office to confirm your phone',
      );
    await this.attempts.charge([{ key: `phone-code-send:${user.id}`, limit: PHONE_CODE_SENDS }]);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + PHONE_CODE_MINUTES * 60_000);
    const row = { userId: user.id, codeHash: hashOf(user.id, code), expiresAt, updatedAt: now };
    // The row on its own first, then the code: two requests at once never insert it twice
    // (an insert-or-ignore that meets a row and then updates it would deadlock on MariaDB).
    await this.tx.run((m) => insertOrIgnore(m, PhoneCode, { ...row, createdAt: now }));
    await this.tx.run((m) => m.update(PhoneCode, { userId: user.id }, row));
    const community = user.communityId ? await this.communities.findById(user.communityId) : null;
    const body = `您的验证码是 ${code}，${PHONE_CODE_MINUTES} 分钟内有效。请勿告诉他人。`;
    const status = await this.sms
      .send({
        id: newId(),
        phone: user.phone,
        kind: 'phone.verification',
        template: this.sms.template('phone.verification'),
        params: { community: community?.name ?? '', title: '验证手机号', body, link: '' },
        text: `【${community?.name ?? '社区志愿积分'}】${body}`,
      })
      .catch(() => 0);
    if (status < 200 || status >= 300)
      throw new AppError('SERVICE_UNAVAILABLE', 'The SMS gateway did not take the code; try again');
    return { sentTo: maskPhone(user.phone), expiresAt: expiresAt.toISOString() };
  }

  confirmCode(actor: AuthUser, code: string): Promise<PhoneProofView> {
    return this.attempts.guard(
      [{ key: `phone-code:${actor.id}`, limit: PHONE_CODE_GUESSES }],
      () =>
        this.tx.run(async (m) => {
          const user = unverified(await m.findOneByOrFail(User, { id: actor.id }));
          const sent = await m.findOne(PhoneCode, { where: { userId: user.id } });
          if (
            !sent ||
            sent.expiresAt <= this.clock.now() ||
            sent.codeHash !== hashOf(user.id, code)
          )
            throw new WrongPhoneCodeError();
          await m.delete(PhoneCode, { userId: user.id });
          return this.prove(m, user);
        }),
      (err) => err instanceof WrongPhoneCodeError,
    );
  }

  /** A grid worker or admin confirms a member's phone, having checked it in person. */
  confirmByStaff(actor: AuthUser, memberId: string): Promise<PhoneProofView> {
    return this.tx.run(async (m) => {
      const user = unverified(await findInScope(m, User, actor, memberId, 'Member'));
      const proof = await this.prove(m, user);
      await this.audit.record(m, actor, {
        communityId: user.communityId,
        action: 'member.confirm_phone',
        targetType: 'user',
        targetId: user.id,
        before: { phoneVerified: false },
        after: { phoneVerified: true, wishesLinked: proof.wishesLinked },
      });
      return proof;
    });
  }

  /** Marks the phone proven (once: a conditional update) and hands over its wishes. */
  private async prove(m: EntityManager, user: User): Promise<PhoneProofView> {
    const changed = await m
      .createQueryBuilder()
      .update(User)
      .set({ phoneVerifiedAt: this.clock.now() })
      .where('id = :id AND phone_verified_at IS NULL', { id: user.id })
      .execute();
    if (changed.affected !== 1) throw new InvalidStateError('This phone is verified already');
    const wishesLinked = user.communityId
      ? await this.wishes.claimByPhone(m, {
          id: user.id,
          communityId: user.communityId,
          phone: user.phone,
        })
      : 0;
    return { phoneVerified: true, wishesLinked };
  }
}

/** The member, whose phone is not proven yet (a second proof is refused). */
function unverified(user: User): User {
  if (user.phoneVerifiedAt) throw new InvalidStateError('This phone is verified already');
  if (!user.communityId) throw new InvalidStateError('Only community members verify a phone');
  return user;
}
