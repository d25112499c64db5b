import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { AuditService } from 'src/common/audit/audit.service';
import { Clock } from 'src/common/clock/clock';
import { ValidationFailedError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { maskName } from 'src/common/privacy';
import { TransactionService } from 'src/database/transaction.service';
import { ConsentDto, PrivacyNoticeView, PrivacyView } from 'src/privacy/dto/privacy.dto';
import { Consent } from 'src/privacy/entities/consent.entity';
import { PRIVACY_NOTICE, type ConsentKind } from 'src/privacy/privacy-notice';

/** The privacy notice, and what each person agreed to (and when). */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The notice now in force (a method, so a test can stand at a later version). */
  notice(): PrivacyNoticeView {
    return {
      version: PRIVACY_NOTICE.version,
      title: PRIVACY_NOTICE.title,
      summary: PRIVACY_NOTICE.summary,
      sections: PRIVACY_NOTICE.sections.map((s) => ({ ...s })),
    };
  }

  /** Refuses a form that showed another version of the notice than the one in force. */
  assertCurrent(version: string | undefined, field = 'privacyVersion'): string {
    const current = this.notice().version;
    if (version !== current)
      throw ValidationFailedError.field(
        field,
        `Read and agree to the privacy notice version ${current} (GET /public/privacy-notice)`,
      );
    return current;
  }

  async view(userId: string, m: EntityManager = this.dataSource.manager): Promise<PrivacyView> {
    const rows = await m.find(Consent, { where: { userId } });
    const of = (kind: ConsentKind) => rows.find((r) => r.kind === kind && r.granted) ?? null;
    const notice = of('privacy_notice');
    const name = of('public_name');
    const current = this.notice().version;
    return {
      currentVersion: current,
      agreedVersion: notice?.version ?? null,
      agreedAt: notice?.updatedAt.toISOString() ?? null,
      mustAgree: notice?.version !== current,
      showName: name !== null,
      showNameSince: name?.updatedAt.toISOString() ?? null,
    };
  }

  /** Records an answer (agree or withdraw) with its time; the audit log keeps every change. */
  async answer(user: AuthUser, dto: ConsentDto): Promise<PrivacyView> {
    const version =
      dto.kind === 'privacy_notice' && dto.granted ? this.assertCurrent(dto.privacyVersion) : null;
    return this.tx.run(async (m) => {
      await this.record(m, user, dto.kind, dto.granted, version);
      return this.view(user.id, m);
    });
  }

  /** Inside the caller's transaction (registration records the notice agreed to). */
  async record(
    m: EntityManager,
    actor: AuthUser,
    kind: ConsentKind,
    granted: boolean,
    version: string | null,
  ): Promise<void> {
    const now = this.clock.now();
    const before = await m.findOne(Consent, { where: { userId: actor.id, kind } });
    if (before) {
      await m.update(Consent, { id: before.id }, { granted, version, updatedAt: now });
    } else {
      await m.insert(Consent, {
        id: newId(),
        userId: actor.id,
        kind,
        granted,
        version,
        createdAt: now,
        updatedAt: now,
      });
    }
    await this.audit.record(m, actor, {
      communityId: actor.communityId,
      action: granted ? 'consent.grant' : 'consent.withdraw',
      targetType: 'user',
      targetId: actor.id,
      before: before ? { kind, granted: before.granted, version: before.version } : null,
      after: { kind, granted, version },
    });
  }

  /**
   * The names lists others see: the full name of those who agreed to show it, else 陈** —
   * one statement for the whole list.
   */
  async publicNames(users: { id: string; name: string }[]): Promise<Map<string, string>> {
    const ids = [...new Set(users.map((u) => u.id))];
    const agreed = ids.length
      ? await this.dataSource.manager.find(Consent, {
          select: { userId: true },
          where: { userId: In(ids), kind: 'public_name', granted: true },
        })
      : [];
    const shown = new Set(agreed.map((c) => c.userId));
    return new Map(users.map((u) => [u.id, shown.has(u.id) ? u.name : maskName(u.name)]));
  }
}
