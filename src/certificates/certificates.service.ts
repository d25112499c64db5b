import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SignJWT } from 'jose';
import { DateTime } from 'luxon';
import { DataSource, IsNull, LessThan, Not } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { AuditService } from 'src/common/audit/audit.service';
import { Clock } from 'src/common/clock/clock';
import {
  AppError,
  InvalidStateError,
  NotFoundError,
  ValidationFailedError,
} from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { decodeCursor, Page, pageSize, toPage } from 'src/common/pagination/page';
import { maskName } from 'src/common/privacy';
import { newReadableCode } from 'src/common/readable-code';
import { assertCommunity, findInScope, lockInScope } from 'src/common/scope';
import { AppConfig } from 'src/config/app-config';
import { lockingClause } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import {
  CERTIFICATE_CODE_LENGTH,
  groupedCode,
  type CertificateSnapshot,
} from 'src/certificates/certificate-snapshot';
import { renderCertificatePdf } from 'src/certificates/certificate-pdf';
import { credentialPayload } from 'src/certificates/credential';
import { CREDENTIAL_ALG, CredentialKeysService } from 'src/certificates/credential-keys.service';
import {
  CertificateListQuery,
  CertificateView,
  IssueCertificateDto,
  PublicCertificateView,
} from 'src/certificates/dto/certificate.dto';
import { Certificate } from 'src/certificates/entities/certificate.entity';
import { hoursOf } from 'src/recognition/recognition.rules';
import { ServiceRecordService } from 'src/service-record/service-record.service';

/** Certificates one volunteer may be issued per local day (they are free, not unlimited). */
export const CERTIFICATES_PER_DAY = 20;

class TooManyCertificatesError extends AppError {
  constructor() {
    super('LIMIT_EXCEEDED', `At most ${CERTIFICATES_PER_DAY} certificates a day per volunteer`);
  }
}

/** Where a certificate can be checked by anyone: its page, and the QR code that leads there. */
export const verifyPath = (code: string) => `/verify/${groupedCode(code)}`;

/**
 * Certificates of service (记录办法 第十四～十七条): issued free for a period from the record as
 * it stands, fixed from then on (a snapshot, a PDF rendered from it, and a signed credential),
 * verifiable by anyone with the code, revocable by staff with a reason.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly record: ServiceRecordService,
    private readonly keys: CredentialKeysService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  issueMine(user: AuthUser, dto: IssueCertificateDto): Promise<CertificateView> {
    if (!user.communityId) throw new NotFoundError('Service record');
    return this.issue(user, user.communityId, user.id, dto);
  }

  async issueFor(actor: AuthUser, memberId: string, dto: IssueCertificateDto) {
    const member = await this.record.member(actor, memberId);
    return this.issue(actor, member.communityId!, member.id, dto);
  }

  private async issue(
    actor: AuthUser,
    communityId: string,
    volunteerId: string,
    dto: IssueCertificateDto,
  ): Promise<CertificateView> {
    const book = await this.record.book(communityId, volunteerId);
    const now = this.clock.now();
    const today = DateTime.fromJSDate(now, { zone: book.timeZone }).toISODate()!;
    for (const field of ['from', 'to'] as const) {
      if (!DateTime.fromISO(dto[field]).isValid)
        throw ValidationFailedError.field(field, `${field} is not a date`);
    }
    if (dto.from > dto.to) throw ValidationFailedError.field('to', 'to must not be before from');
    if (dto.to > today) throw ValidationFailedError.field('to', 'to cannot be in the future');
    const services = book.services
      .filter((l) => l.minutes !== null && l.date >= dto.from && l.date <= dto.to)
      .reverse()
      .map((l) => ({ date: l.date, title: l.title, content: l.content, minutes: l.minutes! }));
    if (!services.length)
      throw new InvalidStateError('No approved service in this period to certify');
    const minutes = services.reduce((sum, l) => sum + l.minutes, 0);
    const code = newReadableCode(CERTIFICATE_CODE_LENGTH);
    const base = this.config.publicBaseUrl;
    const snapshot: CertificateSnapshot = {
      code,
      name: book.name,
      community: book.community,
      from: dto.from,
      to: dto.to,
      minutes,
      hours: hoursOf(minutes),
      issuedOn: today,
      verifyUrl: `${base}${verifyPath(code)}`,
      services,
    };
    const id = newId();
    const { kid, key } = await this.keys.signingKey();
    const credential = await new SignJWT(
      credentialPayload(snapshot, {
        certificateId: id,
        communityId,
        volunteerId,
        issuedAt: now,
        baseUrl: base,
      }),
    )
      .setProtectedHeader({ alg: CREDENTIAL_ALG, kid, typ: 'vc+jwt' })
      .sign(key);
    const certificate = Object.assign(new Certificate(), {
      id,
      communityId,
      volunteerId,
      code,
      periodFrom: dto.from,
      periodTo: dto.to,
      minutes,
      snapshot,
      credential,
      keyId: kid,
      issuedBy: actor.id,
      issuedAt: now,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    });
    await this.tx.run(async (m) => {
      // The volunteer's row first: their issuances queue, so the day's count below is exact.
      await m.query(`SELECT id FROM users WHERE id = ?${lockingClause(m)}`, [volunteerId]);
      const since = DateTime.fromISO(today, { zone: book.timeZone }).toJSDate();
      const issuedToday = await m.count(Certificate, {
        where: { volunteerId, issuedAt: Not(LessThan(since)) },
      });
      if (issuedToday >= CERTIFICATES_PER_DAY) throw new TooManyCertificatesError();
      await m.insert(Certificate, certificate);
      await this.audit.record(m, actor, {
        communityId,
        action: 'certificate.issue',
        targetType: 'certificate',
        targetId: id,
        after: { volunteerId, from: dto.from, to: dto.to, minutes, code: groupedCode(code) },
      });
    });
    return this.view(certificate);
  }

  async mine(user: AuthUser, q: CertificateListQuery): Promise<Page<CertificateView>> {
    return this.list({ volunteerId: user.id }, q);
  }

  async ofMember(actor: AuthUser, memberId: string, q: CertificateListQuery) {
    const member = await this.record.member(actor, memberId);
    return this.list({ volunteerId: member.id, communityId: member.communityId! }, q);
  }

  async ofCommunity(actor: AuthUser, communityId: string, q: CertificateListQuery) {
    assertCommunity(actor, communityId);
    return this.list({ communityId }, q);
  }

  private async list(
    where: { volunteerId?: string; communityId?: string },
    q: CertificateListQuery,
  ): Promise<Page<CertificateView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const rows = await this.dataSource.manager.find(Certificate, {
      where: {
        ...where,
        ...(after ? { id: LessThan(after) } : {}),
        ...(q.status === 'revoked' ? { revokedAt: Not(IsNull()) } : {}),
        ...(q.status === 'valid' ? { revokedAt: IsNull() } : {}),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (c) => this.view(c));
  }

  /** The holder's own certificate, or one of the caller's community for staff (else 404). */
  async readable(user: AuthUser, id: string): Promise<Certificate> {
    const staff = user.roles.some((r) =>
      ['grid_worker', 'community_admin', 'platform_admin'].includes(r),
    );
    const c = await findInScope(this.dataSource.manager, Certificate, user, id, 'Certificate');
    if (c.volunteerId !== user.id && !staff) throw new NotFoundError('Certificate');
    return c;
  }

  async pdf(user: AuthUser, id: string): Promise<{ body: Buffer; fileName: string }> {
    const c = await this.readable(user, id);
    return {
      body: await renderCertificatePdf(c.snapshot, c.issuedAt),
      fileName: `志愿服务证明-${groupedCode(c.code)}.pdf`,
    };
  }

  async credential(user: AuthUser, id: string): Promise<{ body: string; fileName: string }> {
    const c = await this.readable(user, id);
    return { body: c.credential, fileName: `志愿服务证明-${groupedCode(c.code)}.jwt` };
  }

  revoke(actor: AuthUser, id: string, reason: string): Promise<CertificateView> {
    return this.tx.run(async (m) => {
      const c = await lockInScope(m, Certificate, actor, id, 'Certificate');
      if (c.revokedAt) throw new InvalidStateError('This certificate is revoked already');
      const now = this.clock.now();
      await m.update(
        Certificate,
        { id: c.id },
        { revokedAt: now, revokedBy: actor.id, revokeReason: reason },
      );
      await this.audit.record(m, actor, {
        communityId: c.communityId,
        action: 'certificate.revoke',
        targetType: 'certificate',
        targetId: c.id,
        before: { status: 'valid' },
        after: { status: 'revoked', reason, code: groupedCode(c.code) },
      });
      return this.view(
        Object.assign(c, { revokedAt: now, revokedBy: actor.id, revokeReason: reason }),
      );
    });
  }

  /** What anyone with the code sees; unknown codes are 404 and reveal nothing. */
  async publicView(code: string): Promise<PublicCertificateView> {
    const c = await this.dataSource.manager.findOne(Certificate, { where: { code } });
    if (!c) throw new NotFoundError('Certificate');
    return {
      code: groupedCode(c.code),
      status: c.revokedAt ? 'revoked' : 'valid',
      name: maskName(c.snapshot.name),
      from: c.periodFrom,
      to: c.periodTo,
      hours: hoursOf(c.minutes),
      issuer: c.snapshot.community,
    };
  }

  private view(c: Certificate): CertificateView {
    const api = `/api/v1/certificates/${c.id}`;
    return {
      id: c.id,
      volunteerId: c.volunteerId,
      name: c.snapshot.name,
      code: groupedCode(c.code),
      from: c.periodFrom,
      to: c.periodTo,
      minutes: c.minutes,
      hours: hoursOf(c.minutes),
      services: c.snapshot.services.length,
      status: c.revokedAt ? 'revoked' : 'valid',
      issuedAt: c.issuedAt.toISOString(),
      revokedAt: c.revokedAt?.toISOString() ?? null,
      revokeReason: c.revokeReason,
      verifyUrl: c.snapshot.verifyUrl,
      pdfUrl: `${api}.pdf`,
      credentialUrl: `${api}/credential`,
    };
  }
}
