import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, timingSafeEqual } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from 'src/auth/entities/refresh-token.entity';
import { UnauthenticatedError } from 'src/common/errors/app-error';
import { newId, randomToken } from 'src/common/ids';
import { TransactionService } from 'src/database/transaction.service';
import type { User } from 'src/users/entities/user.entity';
import type { Role } from 'src/users/roles';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;

/** What the access token carries, so a request needs no database read to know its caller. */
export interface AccessTokenPayload {
  sub: string;
  cid: string | null;
  gid: string | null;
  roles: Role[];
}

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** `<id>.<secret>` → parts, or undefined when the shape is wrong. */
export function parseRefreshToken(token: string): { id: string; secret: string } | undefined {
  const dot = token.indexOf('.');
  if (dot !== 36) return undefined;
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  return secret.length >= 16 ? { id, secret } : undefined;
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

type Rotation = { ok: true; userId: string; familyId: string } | { ok: false; reason: string };

/**
 * Access tokens (JWT, 15 min) and refresh tokens (opaque, stored as SHA-256, rotated on every
 * use; presenting an already-rotated token revokes its whole family).
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly tx: TransactionService,
  ) {}

  async issue(user: User, familyId: string = newId()) {
    const payload: AccessTokenPayload = {
      sub: user.id,
      cid: user.communityId,
      gid: user.gridId,
      roles: user.roles,
    };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    const id = newId();
    const secret = randomToken(32);
    await this.tx.run((m) =>
      m.insert(RefreshToken, {
        id,
        userId: user.id,
        familyId,
        secretHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
        usedAt: null,
        revokedAt: null,
        createdAt: new Date(),
      }),
    );
    return { accessToken, refreshToken: `${id}.${secret}`, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }

  /** Marks a refresh token used and returns its owner, or revokes its family on reuse. */
  async rotate(token: string): Promise<{ userId: string; familyId: string }> {
    const result = await this.tx.run<Rotation>(async (m) => {
      const row = await this.find(m, token);
      if (!row) return { ok: false, reason: 'Invalid refresh token' };
      if (row.revokedAt) return { ok: false, reason: 'Refresh token revoked' };
      if (row.expiresAt.getTime() <= Date.now())
        return { ok: false, reason: 'Refresh token expired' };
      const now = new Date();
      const claimed = await m.update(
        RefreshToken,
        { id: row.id, usedAt: IsNull(), revokedAt: IsNull() },
        { usedAt: now },
      );
      if (claimed.affected !== 1) {
        await m.update(
          RefreshToken,
          { familyId: row.familyId, revokedAt: IsNull() },
          { revokedAt: now },
        );
        return { ok: false, reason: 'Refresh token reuse detected; please log in again' };
      }
      return { ok: true, userId: row.userId, familyId: row.familyId };
    });
    if (!result.ok) throw new UnauthenticatedError(result.reason);
    return result;
  }

  /** Logout: revokes every token of the presented token's family. */
  async revokeFamily(token: string): Promise<void> {
    await this.tx.run(async (m) => {
      const row = await this.find(m, token);
      if (!row) throw new UnauthenticatedError('Invalid refresh token');
      await m.update(
        RefreshToken,
        { familyId: row.familyId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
    });
  }

  private async find(m: EntityManager, token: string): Promise<RefreshToken | undefined> {
    const parts = parseRefreshToken(token);
    if (!parts) return undefined;
    const row = await m.findOne(RefreshToken, { where: { id: parts.id } });
    return row && sameHash(row.secretHash, hashSecret(parts.secret)) ? row : undefined;
  }
}
