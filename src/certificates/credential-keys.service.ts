import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8 } from 'jose';
import type { JWK, KeyLike } from 'jose';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from 'src/common/clock/clock';
import { CredentialKey } from 'src/certificates/entities/credential-key.entity';

export const CREDENTIAL_ALG = 'EdDSA';

/**
 * The keys that sign credentials, kept in the database so every instance signs with the same
 * key and publishes the same set. The first signature creates a key; `rotate()` retires the
 * current one (it stays published) and makes a new one.
 */
@Injectable()
export class CredentialKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The key to sign with now: the newest not retired (made when there is none). */
  async signingKey(): Promise<{ kid: string; key: KeyLike }> {
    const current = await this.current();
    const row = current ?? (await this.create());
    return { kid: row.kid, key: await importPKCS8(row.privateKey, CREDENTIAL_ALG) };
  }

  /** Every public key ever used, newest first: the JWKS document. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const rows = await this.dataSource.manager.find(CredentialKey, {
      order: { createdAt: 'DESC' },
    });
    return {
      keys: rows.map((r): JWK => ({ ...r.publicJwk, kid: r.kid, alg: CREDENTIAL_ALG, use: 'sig' })),
    };
  }

  /** Retires the signing key (it stays in the JWKS) and makes a new one; answers the new kid. */
  async rotate(): Promise<string> {
    const now = this.clock.now();
    await this.dataSource.manager.update(
      CredentialKey,
      { retiredAt: IsNull() },
      { retiredAt: now },
    );
    return (await this.create()).kid;
  }

  private async current(): Promise<CredentialKey | null> {
    return this.dataSource.manager.findOne(CredentialKey, {
      select: { kid: true, privateKey: true, createdAt: true },
      where: { retiredAt: IsNull() },
      order: { createdAt: 'DESC', kid: 'ASC' },
    });
  }

  private async create(): Promise<CredentialKey> {
    const { publicKey, privateKey } = await generateKeyPair(CREDENTIAL_ALG, {
      crv: 'Ed25519',
      extractable: true,
    });
    const publicJwk = await exportJWK(publicKey);
    const row = Object.assign(new CredentialKey(), {
      kid: await calculateJwkThumbprint(publicJwk),
      publicJwk,
      privateKey: await exportPKCS8(privateKey),
      createdAt: this.clock.now(),
      retiredAt: null,
    });
    // Two instances signing their first credential at once each make a key: both are
    // published, and both verify what they signed.
    await this.dataSource.manager.insert(CredentialKey, row);
    return row;
  }
}
