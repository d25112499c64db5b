import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimeColumn } from 'src/database/columns';
import type { CertificateSnapshot } from 'src/certificates/certificate-snapshot';

/**
 * A certificate of service (志愿服务证明): what the record said for a period when it was
 * issued. The snapshot and the signed credential never change; revocation only marks it.
 */
@Entity('certificates')
@Index('uq_certificates_code', ['code'], { unique: true })
@Index('idx_certificates_volunteer', ['volunteerId', 'id'])
@Index('idx_certificates_community', ['communityId', 'id'])
export class Certificate {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @RefColumn() volunteerId: string;
  /** The verification code, 12 readable characters (printed in groups of four). */
  @Column({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 10 }) periodFrom: string;
  @Column({ type: 'varchar', length: 10 }) periodTo: string;
  @Column({ type: 'int' }) minutes: number;
  @Column({ type: 'simple-json' }) snapshot: CertificateSnapshot;
  /** The VC-JWT, signed when issued. */
  @Column({ type: 'text' }) credential: string;
  @Column({ type: 'varchar', length: 64 }) keyId: string;
  @RefColumn() issuedBy: string;
  @TimeColumn() issuedAt: Date;
  @TimeColumn({ nullable: true }) revokedAt: Date | null;
  @RefColumn({ nullable: true }) revokedBy: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) revokeReason: string | null;
}
