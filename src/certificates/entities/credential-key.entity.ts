import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';
import { TimeColumn } from 'src/database/columns';

/**
 * An Ed25519 key that signs credentials. The newest key not retired signs; every key stays
 * published in the JWKS, so credentials signed before a rotation keep verifying. The private
 * half is read only by the signer and never leaves the server.
 */
@Entity('credential_keys')
export class CredentialKey {
  /** The public key's JWK thumbprint (RFC 7638). */
  @PrimaryColumn({ type: 'varchar', length: 64 }) kid: string;
  @Column({ type: 'simple-json' }) publicJwk: JWK & { kty: string };
  /** PKCS #8 PEM. */
  @Column({ type: 'text', select: false }) privateKey: string;
  @TimeColumn() createdAt: Date;
  @TimeColumn({ nullable: true }) retiredAt: Date | null;
}
